// The query page: YASGUI against the service's /sparql endpoint, with the named queries as ready examples.
import Yasgui from '@zazuko/yasgui';
import '@zazuko/yasgui/build/yasgui.min.css';
import { ChartView, GraphView, datedTable, labelLinks } from './query-views.js';

Yasgui.Yasr.registerPlugin('table', datedTable(Yasgui.Yasr.plugins.table));
Yasgui.Yasr.registerPlugin('chart', ChartView);
Yasgui.Yasr.registerPlugin('graph', GraphView);

// A real lineage question to start from: who recalls or reaffirms decision 3/2, and in which paragraph.
const DEFAULT_QUERY = `PREFIX untoc: <https://w3id.org/untoc/ontology#>
# Which acts recall or reaffirm decision 3/2, and in which paragraph do they say so?
SELECT ?act ?relation ?paragraph ?text
WHERE {
  VALUES ?relation { untoc:recalls untoc:reaffirms }
  ?reference untoc:target <https://w3id.org/untoc/id/cop/decision/3/2> ;
             untoc:relation ?relation ;
             untoc:inParagraph ?paragraph .
  ?paragraph untoc:partOf+ ?act .
  ?act a untoc:Act .
  OPTIONAL { ?paragraph untoc:text ?text }
}
ORDER BY ?act ?paragraph`;

// Resource IRIs are published under w3id.org; results link to this server's /id/ pages instead so that
// browsing works on any host, including localhost.
const PUBLIC_ID = 'https://w3id.org/untoc/id/';

// ?sparql=/path points the page at another endpoint of this server (tests use a stand-in); nothing off-site.
const requested = new URLSearchParams(window.location.search).get('sparql');
const ENDPOINT = requested && /^\/[A-Za-z0-9/_-]*$/.test(requested) ? requested : '/sparql';

const yasgui = new Yasgui(document.getElementById('yasgui'), {
  requestConfig: { endpoint: ENDPOINT, method: 'POST' },
  copyEndpointOnNewTab: false,
  // One endpoint only: the catalogue of public endpoints would be noise here.
  endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
  persistenceId: 'untoc-kg-yasgui',
  yasqe: { value: DEFAULT_QUERY },
});
window.untocYasgui = yasgui;

function localise(root) {
  for (const a of root.querySelectorAll(`a[href^="${PUBLIC_ID}"]`)) {
    a.setAttribute('href', '/id/' + a.getAttribute('href').substring(PUBLIC_ID.length));
    a.removeAttribute('target');
  }
}
new MutationObserver(() => {
  localise(document.getElementById('yasgui'));
  labelLinks(document.getElementById('yasgui'), PUBLIC_ID);
})
  .observe(document.getElementById('yasgui'), { childList: true, subtree: true });

function loadExample(q) {
  const tab = yasgui.getTab();
  tab.setQuery(q.example ?? q.text);
  tab.setName(q.title);
  // An example runs when clicked.
  tab.query();
}

async function showExamples() {
  const status = document.getElementById('examples-status');
  const list = document.getElementById('examples');
  try {
    const response = await fetch('/api/queries', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const queries = await response.json();
    status.textContent = `${queries.length} named queries; click one to load it with its example parameters.`;
    for (const q of queries) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'example';
      button.dataset.name = q.name;
      button.textContent = q.title;
      button.addEventListener('click', () => loadExample(q));
      const description = document.createElement('p');
      description.textContent = q.description;
      const api = document.createElement('p');
      api.className = 'api';
      api.append('REST: ');
      for (const [format, label] of [['json', 'JSON'], ['csv', 'CSV']]) {
        const link = document.createElement('a');
        link.href = q.api + (q.api.includes('?') ? '&' : '?') + 'format=' + format;
        link.textContent = label;
        link.title = q.api;
        api.append(link);
      }
      li.append(button, description, api);
      list.append(li);
    }
  } catch (e) {
    status.textContent = `Could not load the named queries: ${e.message}`;
    status.classList.add('error');
  }
}
showExamples();
