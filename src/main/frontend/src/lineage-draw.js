// Draws an act's lineage from /api/lineage with cytoscape.js: work level (an act's own annexes, clauses and
// recommendations fold into the act; articles into their instrument unless asked for), laid out on a time axis
// (one column per year, older left; dagre orders the texts within a column so that few edges cross), edges
// coloured by verb, labels stacked by their own height so that none overlap.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';

cytoscape.use(dagre);
cytoscape.use(svg);

// One colour and line style per relation; "cites" is the generic citation, drawn plain.
export const RELATIONS = {
  recalls: { color: '#1f77b4', style: 'solid', label: 'recalls' },
  reaffirms: { color: '#2ca02c', style: 'solid', label: 'reaffirms' },
  endorses: { color: '#d62728', style: 'solid', label: 'endorses' },
  takesNoteOf: { color: '#9467bd', style: 'dashed', label: 'takes note of' },
  welcomes: { color: '#e377c2', style: 'dashed', label: 'welcomes' },
  citesDocument: { color: '#8c564b', style: 'dotted', label: 'cites document' },
  citesProvision: { color: '#bcbd22', style: 'dotted', label: 'invokes' },
  cites: { color: '#7f7f7f', style: 'solid', label: 'cites' },
  adoptedAt: { color: '#17becf', style: 'solid', label: 'adopted at' },
  reportedIn: { color: '#8c564b', style: 'dashed', label: 'reported in' },
  sameText: { color: '#bcbd22', style: 'dashed', label: 'same text as' },
};
const OTHER = { color: '#17becf', style: 'dashed', label: 'other' };
export function relation(type) {
  return RELATIONS[type] ?? OTHER;
}
// Node colours by role.
export const ROLES = {
  root: ['#123a5e', 'this act'], ancestor: ['#6b8fb5', 'cited (ancestry)'], descendant: ['#e0a030', 'citing (descendants)'],
  meeting: ['#17becf', 'meeting'], annex: ['#d62728', 'annex'], document: ['#8c564b', 'report'],
};

// Where a part's path begins inside a text's IRI: everything before it is the whole text.
const PART = /\/(annex|preamble|operative|recommendation|paragraph|subparagraph|footnote|heading|intro|section|chapter|article)(\/|$)/;
const ARTICLE_PART = /\/(paragraph|subparagraph)(\/|$)/;

function workOf(id, keepArticles) {
  const at = id.indexOf('/id/');
  const tail = at < 0 ? id : id.substring(at + 4);
  const pattern = keepArticles && /\/article\//.test(tail) ? ARTICLE_PART : PART;
  const m = pattern.exec(tail);
  return m ? id.substring(0, id.length - tail.length + m.index) : id;
}

function workLabel(partLabel, workId) {
  const comma = partLabel.indexOf(', ');
  if (comma > 0) return partLabel.substring(0, comma);
  const tail = workId.substring(workId.lastIndexOf('/') + 1);
  return tail.length <= 8 ? tail.toUpperCase() : tail;
}

/** The lineage folded to whole texts: parts merge into their text, self-citations go, parallel edges merge. */
export function workLevel(data, keepArticles = false) {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const work = new Map();
  const nodes = new Map();
  for (const n of data.nodes) {
    const w = workOf(n.id, keepArticles);
    work.set(n.id, w);
    if (w === n.id) nodes.set(n.id, { ...n });
  }
  for (const n of data.nodes) {
    const w = work.get(n.id);
    if (!nodes.has(w)) {
      const whole = byId.get(w);
      const href = n.href && n.href.startsWith('/') ? workOf(n.href, keepArticles) : null;
      nodes.set(w, whole ? { ...whole } : { ...n, id: w, label: workLabel(n.label, w), href });
    }
    if (n.role === 'root') nodes.get(w).role = 'root';
  }
  const edges = new Map();
  for (const e of data.edges) {
    const source = work.get(e.source) ?? e.source;
    const target = work.get(e.target) ?? e.target;
    if (source === target || !nodes.has(source) || !nodes.has(target)) continue;
    edges.set(`${source} ${target} ${e.type}`, { source, target, type: e.type });
  }
  // The materialised super-property "cites" is drawn only where no specific verb links the two texts.
  const specific = new Set([...edges.values()].filter((e) => e.type !== 'cites').map((e) => `${e.source} ${e.target}`));
  const kept = [...edges.values()].filter((e) => e.type !== 'cites' || !specific.has(`${e.source} ${e.target}`));
  return { nodes: [...nodes.values()], edges: kept, truncated: data.truncated };
}

const SESSION = /^COP (?:decision|resolution) (\d+)\//;

function yearOf(n) {
  if (n.year) return Number(n.year);
  const d = n.date ?? n.startDate ?? null;
  return d && /^\d{4}/.test(d) ? Number(d.substring(0, 4)) : null;
}

/**
 * Where each text stands in time: its year where the data dates it. A Conference act without a date stands at
 * its session (its number names it), placed by the sessions whose year the picture's own dated acts give: the
 * same session, or a line through the known ones; it is labelled by its session, never by a year it was not given.
 * A text with neither goes first, unlabelled.
 */
export function timeKeys(nodes) {
  const times = nodes.map((n) => {
    const session = SESSION.exec(n.label ?? '');
    return { id: n.id, year: yearOf(n), session: session ? Number(session[1]) : null };
  });
  const known = new Map();
  for (const t of times) {
    if (t.session !== null && t.year) known.set(t.session, Math.min(known.get(t.session) ?? t.year, t.year));
  }
  const points = [...known.entries()].sort((a, b) => a[0] - b[0]);
  let estimate;
  if (points.length >= 2) {
    // Least squares over the known sessions: the Conference's rhythm as this picture's dates show it.
    const mx = points.reduce((a, p) => a + p[0], 0) / points.length;
    const my = points.reduce((a, p) => a + p[1], 0) / points.length;
    const sxx = points.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
    const slope = sxx ? points.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / sxx : 0;
    estimate = (s) => my + slope * (s - mx);
  } else {
    // One known session or none: keep the sessions in order next to it (or among themselves).
    const base = points.length ? points[0] : [0, 0];
    estimate = (s) => base[1] + (s - base[0]) / 100;
  }
  const keys = new Map();
  for (const t of times) {
    if (t.year) keys.set(t.id, { order: t.year, label: String(t.year) });
    // The same session as a dated act: the same meeting, so the same year.
    else if (known.has(t.session)) keys.set(t.id, { order: known.get(t.session), label: String(known.get(t.session)) });
    else if (t.session !== null) keys.set(t.id, { order: estimate(t.session) + 1e-3, label: `session ${t.session}` });
    else keys.set(t.id, { order: -Infinity, label: '' });
  }
  return keys;
}

/**
 * Puts each text in the column of its time, older left; within a column the texts keep the order dagre gave them
 * (fewer crossings) and are stacked by the height of their own labels, so none overlap.
 */
function layOutByTime(cy, { compact }) {
  const keys = timeKeys(cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), year: n.data('yearValue'), date: n.data('date') })));
  const orders = [...new Set([...keys.values()].map((k) => k.order))].sort((a, b) => a - b);
  const column = new Map(orders.map((o, i) => [o, i]));
  const width = compact ? 140 : 200;
  const gap = compact ? 10 : 16;
  const columns = orders.map(() => []);
  cy.nodes().forEach((n) => {
    const k = keys.get(n.id());
    n.data('timeLabel', k.label);
    columns[column.get(k.order)].push(n);
  });
  const positions = new Map();
  columns.forEach((nodes, i) => {
    nodes.sort((a, b) => a.position('y') - b.position('y'));
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeEdges: false }));
    let y = -(boxes.reduce((a, box) => a + box.h + gap, 0) - gap) / 2;
    nodes.forEach((n, j) => {
      // A node's position is its centre; its label hangs below it, inside its measured box.
      positions.set(n.id(), { x: i * width, y: y + (n.position('y') - boxes[j].y1) });
      y += boxes[j].h + gap;
    });
  });
  cy.nodes().positions((n) => positions.get(n.id()));
  cy.fit(undefined, 16);
}

/** Draws {nodes, edges} into the container; returns the cytoscape instance. */
export function draw(container, data, { compact = false, rankDir = 'RL', byTime = false } = {}) {
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.label, href: n.href, role: n.role ?? 'ancestor',
      yearValue: n.year ?? null, date: n.date ?? n.startDate ?? null } })),
    ...data.edges.map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, type: e.type, label: e.label ?? '',
              color: relation(e.type).color, lineStyle: relation(e.type).style },
    })),
  ];
  const font = compact ? 10 : 12;
  const cy = cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': font, 'text-wrap': 'wrap', 'text-max-width': compact ? 110 : 150,
        'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': ROLES.ancestor[0], width: 18, height: 18,
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      ...Object.entries(ROLES).map(([role, [colour]]) => ({ selector: `node[role = "${role}"]`, style: { 'background-color': colour } })),
      { selector: 'node[role = "root"]', style: { width: 28, height: 28, 'font-weight': 'bold', 'border-width': 4, 'border-color': '#f0d264' } },
      { selector: 'edge', style: {
        width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'line-style': 'data(lineStyle)' } },
      { selector: 'edge[label != ""]', style: { label: 'data(label)', 'font-size': font - 2, 'text-rotation': 'autorotate', color: '#555' } },
      { selector: '.faded', style: { opacity: 0.25 } },
    ],
    layout: {
      name: 'dagre', rankDir, nodeDimensionsIncludeLabels: true, nodeSep: compact ? 18 : 28, rankSep: compact ? 60 : 110,
      edgeSep: 10, padding: 16, fit: true,
    },
  });
  if (byTime) layOutByTime(cy, { compact });
  // A large lineage fitted whole would shrink its labels past reading: keep them legible, centred on the act,
  // and let the reader pan (drag) and zoom (wheel) over the rest.
  const minZoom = compact ? 0.55 : 0.8;
  if (cy.zoom() < minZoom) {
    cy.zoom(minZoom);
    const root = cy.nodes('[role = "root"]');
    cy.center(root.nonempty() ? root : cy.nodes());
    // An act with no text after it in time stands at the right edge, so the view shows as much of its past as fits.
    if (byTime && root.nonempty() && cy.nodes().every((n) => n.position('x') <= root.position('x'))) {
      cy.panBy({ x: cy.width() / 2 - 120, y: 0 });
    }
  }
  cy.on('tap', 'node', (evt) => {
    const href = evt.target.data('href');
    if (href) window.location.href = href;
  });
  // The focus act's neighbourhood stands out while the pointer is on a node.
  cy.on('mouseover', 'node', (evt) => cy.elements().difference(evt.target.closedNeighborhood()).addClass('faded'));
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded'));
  return cy;
}

/** Labels of the time axis: each column's year (or session), placed over it as the reader pans and zooms. */
export function timeAxis(cy, axis) {
  if (!axis) return;
  const render = () => {
    const columns = new Map();
    cy.nodes().forEach((n) => {
      const label = n.data('timeLabel');
      if (label) columns.set(Math.round(n.position('x')), { x: n.renderedPosition('x'), label });
    });
    axis.replaceChildren();
    for (const c of [...columns.values()].sort((a, b) => a.x - b.x)) {
      const tick = document.createElement('span');
      tick.className = 'tick';
      tick.style.left = `${c.x}px`;
      tick.textContent = c.label;
      axis.append(tick);
    }
  };
  render();
  cy.on('viewport', render);
}

/** Downloads the picture as SVG or PNG. */
export function exportPicture(cy, format, name) {
  const blob = format === 'svg'
    ? new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' })
    : cy.png({ full: true, bg: '#ffffff', output: 'blob', scale: 2 });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${name}.${format}`;
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

export function legend(element, types, roles) {
  element.replaceChildren();
  for (const role of roles) {
    const [colour, label] = ROLES[role];
    const item = document.createElement('span');
    item.className = 'legend-role';
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.style.backgroundColor = colour;
    item.append(dot, document.createTextNode(label));
    element.append(item);
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
    element.append(item);
  }
}
