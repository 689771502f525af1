// A resource page: the small lineage picture beside an act's text (one hop, work level).
import { draw, workLevel } from './lineage-draw.js';

const mini = document.getElementById('mini-lineage');
if (mini) {
  fetch(`/api/lineage?act=${encodeURIComponent(mini.dataset.act)}&depth=1`, { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((data) => { window.untocMiniLineage = draw(mini, workLevel(data), { compact: true, byTime: true }); })
    .catch((e) => { mini.textContent = `No lineage picture: ${e.message}`; });
}
