// Result views of the query page beyond YASR's own: a bar chart of a numeric column (Chart.js) and a graph of
// CONSTRUCT results (cytoscape.js); and the labels the service gives each result IRI, shown beside it.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
cytoscape.use(dagre);

const NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;

function numericColumn(results) {
  const vars = results.getVariables();
  const rows = results.getBindings();
  return vars.find((v) => rows.length > 0 && rows.every((r) => !r[v] || NUMERIC.test(r[v].datatype ?? '')));
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit',
  minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** "19 October 2005" for an xsd:date, a date and time for an xsd:dateTime, the year for an xsd:gYear; else null. */
export function readableDate(literal) {
  const value = literal.value ?? '';
  switch (literal.datatype) {
    case `${XSD}date`:
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? DAY.format(new Date(`${value}T00:00:00Z`)) : null;
    case `${XSD}dateTime`: {
      const t = Date.parse(value);
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value) && !Number.isNaN(t) ? MOMENT.format(new Date(t)) : null;
    }
    case `${XSD}gYear`:
      return /^\d{4}$/.test(value) ? value : null;
    default:
      return null;
  }
}

/**
 * YASR's table with dates shown as dates: a researcher reads "19 October 2005", not
 * "2005-10-19"^^xsd:date; the lexical form and datatype stay in the <time> element (and in every download).
 */
export function datedTable(Table) {
  return class DatedTable extends Table {
    formatLiteral(literal, prefixes) {
      const shown = readableDate(literal);
      if (shown === null) return super.formatLiteral(literal, prefixes);
      const type = literal.datatype.substring(XSD.length);
      // Both strings were matched against digit-only patterns above or made by Intl: nothing to escape.
      return `<time datetime="${literal.value}" title="${literal.value} (xsd:${type})">${shown}</time>`;
    }
  };
}

function icon(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

export class ChartView {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = 'Chart';
  }

  canHandleResults() {
    const r = this.yasr.results;
    return !!r && r.getType && r.getType() !== 'ttl' && r.getVariables().length >= 2 && !!numericColumn(r);
  }

  draw() {
    const r = this.yasr.results;
    const value = numericColumn(r);
    const label = r.getVariables().find((v) => v !== value);
    const rows = r.getBindings().slice(0, 200);
    const names = window.untocLabels ?? {};
    const canvas = document.createElement('canvas');
    canvas.className = 'untoc-chart';
    const box = document.createElement('div');
    box.style.height = `${Math.max(260, rows.length * 18)}px`;
    box.append(canvas);
    this.yasr.resultsEl.append(box);
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((b) => (b[label] ? names[b[label].value] ?? b[label].value : '')),
        datasets: [{ label: value, data: rows.map((b) => Number(b[value]?.value ?? 0)), backgroundColor: '#6b8fb5' }],
      },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { tooltip: { enabled: true } } },
    });
    window.untocChart = this.chart;
  }

  getIcon() {
    return icon('▥');
  }

  destroy() {
    this.chart?.destroy();
  }
}

function shortName(term) {
  if (term.termType === 'Literal') return term.value.length > 60 ? `${term.value.substring(0, 57)}…` : term.value;
  const names = window.untocLabels ?? {};
  if (names[term.value]) return names[term.value];
  const cut = Math.max(term.value.lastIndexOf('#'), term.value.lastIndexOf('/'));
  return cut >= 0 ? term.value.substring(cut + 1) : term.value;
}

export class GraphView {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 6;
    this.label = 'Graph';
  }

  canHandleResults() {
    const r = this.yasr.results;
    return !!r && r.getType && r.getType() === 'ttl' && r.getStatements().length > 0;
  }

  draw() {
    const quads = this.yasr.results.getStatements().slice(0, 500);
    const nodes = new Map();
    const edges = [];
    quads.forEach((q, i) => {
      for (const t of [q.subject, q.object]) {
        const id = t.termType === 'Literal' ? `lit${i}` : t.value;
        if (!nodes.has(id)) nodes.set(id, { data: { id, label: shortName(t), literal: t.termType === 'Literal' } });
      }
      const target = q.object.termType === 'Literal' ? `lit${i}` : q.object.value;
      edges.push({ data: { id: `q${i}`, source: q.subject.value, target, label: shortName(q.predicate) } });
    });
    const box = document.createElement('div');
    box.className = 'untoc-graph';
    box.style.height = '520px';
    this.yasr.resultsEl.append(box);
    this.cy = cytoscape({
      container: box,
      elements: [...nodes.values(), ...edges],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 140,
          'text-valign': 'bottom', width: 14, height: 14, 'background-color': '#6b8fb5' } },
        { selector: 'node[?literal]', style: { shape: 'round-rectangle', 'background-color': '#e0a030' } },
        { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          width: 1.5, 'line-color': '#999', 'target-arrow-color': '#999', 'text-rotation': 'autorotate' } },
      ],
      layout: { name: 'dagre', rankDir: 'LR', nodeDimensionsIncludeLabels: true, nodeSep: 12, rankSep: 80 },
    });
    window.untocGraph = this.cy;
  }

  getIcon() {
    return icon('⬡');
  }

  destroy() {
    this.cy?.destroy();
  }
}

/** Writes the service's label after each result link to one of its pages (one request per result set). */
export async function labelLinks(root, publicId) {
  const links = [...root.querySelectorAll('a[href^="/id/"]')].filter((a) => !a.dataset.labelled);
  if (!links.length) return;
  links.forEach((a) => { a.dataset.labelled = 'pending'; });
  const iris = [...new Set(links.map((a) => publicId + a.getAttribute('href').substring(4)))];
  try {
    const response = await fetch('/api/labels', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(iris) });
    if (!response.ok) return;
    const names = await response.json();
    window.untocLabels = { ...(window.untocLabels ?? {}), ...names };
    for (const a of links) {
      const name = names[publicId + a.getAttribute('href').substring(4)];
      a.dataset.labelled = 'yes';
      if (name && name !== a.textContent) {
        const span = document.createElement('span');
        span.className = 'iri-label';
        span.textContent = name;
        a.after(span);
      }
    }
  } catch (e) {
    links.forEach((a) => { delete a.dataset.labelled; });
  }
}
