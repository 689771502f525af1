// The lineage page: an act, the texts it cites (ancestry) and the texts citing it (descendants), at work level,
// with depth control, the articles on request, a second view for the lineage of the recommendations an act
// endorses, and export as SVG or PNG.
import { draw, exportPicture, legend, timeAxis, workLevel } from './lineage-draw.js';

let cy = null;

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body;
}

async function show(act, depth, view, articles) {
  const status = document.getElementById('status');
  status.classList.remove('error');
  status.textContent = 'Loading…';
  try {
    let data;
    if (view === 'recommendations') {
      data = await fetchJson(`/api/recommendation-lineage?act=${encodeURIComponent(act)}`);
    } else {
      data = workLevel(await fetchJson(`/api/lineage?act=${encodeURIComponent(act)}&depth=${encodeURIComponent(depth)}`), articles);
    }
    status.textContent = view === 'recommendations'
      ? `${data.nodes.length} reports, meetings, annexes and acts.`
      : `${data.nodes.length} texts, ${data.edges.length} citations between them`
        + (data.truncated ? ' (picture truncated; fewer hops show all of it)' : '') + '.';
    if (cy) cy.destroy();
    cy = draw(document.getElementById('cy'), data, view === 'recommendations' ? { rankDir: 'LR' } : { byTime: true });
    window.untocLineage = cy;
    timeAxis(cy, document.getElementById('time-axis'));
    const roles = [...new Set(data.nodes.map((n) => n.role ?? 'ancestor'))];
    legend(document.getElementById('legend'), [...new Set(data.edges.map((e) => e.type))].sort(), roles);
  } catch (e) {
    status.textContent = `Could not draw the lineage: ${e.message}`;
    status.classList.add('error');
  }
}

const params = new URLSearchParams(window.location.search);
const form = document.getElementById('lineage-form');
form.act.value = params.get('act') ?? '';
form.depth.value = params.get('depth') ?? '2';
form.view.value = params.get('view') === 'recommendations' ? 'recommendations' : 'texts';
form.articles.checked = params.get('articles') === 'true';
if (form.act.value) show(form.act.value, form.depth.value, form.view.value, form.articles.checked);
for (const button of document.querySelectorAll('button.export')) {
  button.addEventListener('click', () => {
    if (cy) exportPicture(cy, button.dataset.format, 'lineage');
  });
}
