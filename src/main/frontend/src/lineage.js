// The lineage picture: an act, the texts it cites (ancestry) and the texts citing it (descendants),
// drawn with cytoscape.js from /api/lineage.
import cytoscape from 'cytoscape';

// One colour and line style per relation; "cites" is the generic citation, drawn plain.
const RELATIONS = {
  recalls: { color: '#1f77b4', style: 'solid', label: 'recalls' },
  reaffirms: { color: '#2ca02c', style: 'solid', label: 'reaffirms' },
  endorses: { color: '#d62728', style: 'solid', label: 'endorses' },
  takesNoteOf: { color: '#9467bd', style: 'dashed', label: 'takes note of' },
  welcomes: { color: '#e377c2', style: 'dashed', label: 'welcomes' },
  citesDocument: { color: '#8c564b', style: 'dotted', label: 'cites document' },
  citesProvision: { color: '#bcbd22', style: 'dotted', label: 'cites provision' },
  cites: { color: '#7f7f7f', style: 'solid', label: 'cites' },
};
const OTHER = { color: '#17becf', style: 'dashed', label: 'other' };

function relation(type) {
  return RELATIONS[type] ?? OTHER;
}

// Node colours by role, matching the stylesheet given to cytoscape below.
const ROLES = { root: ['#123a5e', 'this act'], ancestor: ['#6b8fb5', 'cited (ancestry)'], descendant: ['#e0a030', 'citing (descendants)'] };

function drawLegend(types) {
  const legend = document.getElementById('legend');
  legend.replaceChildren();
  for (const [colour, label] of Object.values(ROLES)) {
    const item = document.createElement('span');
    item.className = 'legend-role';
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.style.backgroundColor = colour;
    item.append(dot, document.createTextNode(label));
    legend.append(item);
  }
  for (const type of types) {
    const r = relation(type);
    const item = document.createElement('span');
    item.className = 'legend-item';
    item.dataset.relation = type;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.borderTopColor = r.color;
    swatch.style.borderTopStyle = r.style;
    item.append(swatch, document.createTextNode(r.label));
    legend.append(item);
  }
}

function draw(data) {
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.label, href: n.href, role: n.role } })),
    ...data.edges.map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, type: e.type,
              color: relation(e.type).color, lineStyle: relation(e.type).style },
    })),
  ];
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 140,
        'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#6b8fb5', width: 22, height: 22 } },
      { selector: 'node[role = "root"]', style: { 'background-color': ROLES.root[0], width: 34, height: 34, 'font-weight': 'bold' } },
      { selector: 'node[role = "ancestor"]', style: { 'background-color': ROLES.ancestor[0] } },
      { selector: 'node[role = "descendant"]', style: { 'background-color': ROLES.descendant[0] } },
      { selector: 'edge', style: {
        width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'line-style': 'data(lineStyle)' } },
    ],
    layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.1, padding: 20 },
  });
  cy.on('tap', 'node', (evt) => {
    const href = evt.target.data('href');
    if (href) window.location.href = href;
  });
  window.untocLineage = cy;
  drawLegend([...new Set(data.edges.map((e) => e.type))].sort());
}

async function show(act, depth) {
  const status = document.getElementById('status');
  status.classList.remove('error');
  status.textContent = 'Loading…';
  try {
    const url = `/api/lineage?act=${encodeURIComponent(act)}&depth=${encodeURIComponent(depth)}`;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
    status.textContent = `${body.nodes.length} texts, ${body.edges.length} citations`
      + (body.truncated ? ' (picture truncated; fewer hops show all of it)' : '') + '.';
    draw(body);
  } catch (e) {
    status.textContent = `Could not draw the lineage: ${e.message}`;
    status.classList.add('error');
  }
}

const params = new URLSearchParams(window.location.search);
const form = document.getElementById('lineage-form');
form.act.value = params.get('act') ?? '';
form.depth.value = params.get('depth') ?? '2';
if (form.act.value) show(form.act.value, form.depth.value);
