import Papa from 'papaparse';
import type { VisibleSet } from '../graph/filters';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/model';
import { FORMAT_NAME, FORMAT_VERSION } from '../schema/graphFile';
import { escapeFormula, KNOWN_COLUMNS, normColumn } from './csv';

type Plain = null | boolean | number | string | readonly Plain[] | { readonly [k: string]: Plain };

/**
 * The model's data as plain JSON for a file: Hindi that was filled in from English (`hiMissing`)
 * is left out again, so a file never claims a translation it did not have.
 */
function plain(value: unknown): Plain | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? null);
  if (typeof value === 'object') {
    const missing = 'hiMissing' in value && value.hiMissing === true;
    const out: [string, Plain][] = [];
    for (const [k, v] of Object.entries(value)) {
      if (k === 'hiMissing' || (missing && k === 'hi')) continue;
      const p = plain(v);
      if (p !== undefined) out.push([k, p]);
    }
    return Object.fromEntries(out);
  }
  return undefined;
}

function selected(graph: GraphModel, shown?: VisibleSet) {
  const nodes = shown ? graph.nodes.filter((n) => shown.nodes.has(n.id)) : graph.nodes;
  const edges = shown ? graph.edges.filter((e) => shown.edges.has(e.id)) : graph.edges;
  return { nodes, edges, has: (id: string) => !shown || shown.nodes.has(id) };
}

/**
 * A graph file in the project's format. In: the model and, to export a view, what it shows.
 * Out: JSON-ready data that the loader reads back to the same graph (the shown part of it).
 * References to nodes the view leaves out (a person's organisation, an edge's meeting) are
 * dropped, so the file always loads.
 */
export function toGraphFile(graph: GraphModel, shown?: VisibleSet): Plain {
  const { nodes, edges, has } = selected(graph, shown);
  const trimNode = (n: GraphNode) =>
    n.organisation !== undefined && !has(n.organisation) ? { ...n, organisation: undefined } : n;
  const trimEdge = (e: GraphEdge) =>
    e.meeting !== undefined && !has(e.meeting) ? { ...e, meeting: undefined } : e;
  return (
    plain({
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      meta: graph.meta,
      sources: [...graph.sources.values()],
      sectors: [...graph.sectors.values()],
      relations: [...graph.relations.values()],
      nodes: nodes.map(trimNode),
      edges: edges.map(trimEdge),
    }) ?? null
  );
}

const hiOf = (l: { hi: string; hiMissing?: true } | undefined) => (l && !l.hiMissing ? l.hi : '');
const cell = (v: string | number | boolean | null | undefined) => (v == null ? '' : String(v));

/**
 * Attribute names as CSV columns the reader will take for attributes again: a name the reader
 * would mistake for one of its own columns, or for another attribute once case and spacing are
 * ignored, gets a prefix or a number. Out: [attribute name, column name] pairs.
 */
function attributeColumns(
  records: readonly { attributes?: Readonly<Record<string, unknown>> }[],
): [string, string][] {
  const names = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.attributes ?? {})) names.add(k);
  const used = new Set<string>();
  return [...names].map((name) => {
    let column =
      name.trim() === '' || KNOWN_COLUMNS.has(normColumn(name)) ? `attribute ${name}` : name;
    for (let n = 2; used.has(normColumn(column)); n++) column = `${name} (${n})`;
    used.add(normColumn(column));
    return [name, column];
  });
}

/**
 * The graph (or the shown part) as a nodes CSV and an edges CSV with the columns the importer
 * reads; attributes get a column each and each edge's first evidence quote is kept. Cells that
 * a spreadsheet would run as a formula are escaped.
 */
export function toCsv(graph: GraphModel, shown?: VisibleSet): { nodes: string; edges: string } {
  const { nodes, edges } = selected(graph, shown);
  const nodeCols = ['id', 'label', 'label_hi', 'type', 'sectors', 'description', 'description_hi'];
  const nodeExtra = attributeColumns(nodes);
  const sectorName = (id: string) => graph.sectors.get(id)?.label.en ?? id;
  const nodeRows = nodes.map((n) => [
    n.id,
    n.label.en,
    hiOf(n.label),
    n.type,
    n.sectors.map(sectorName).join(';'),
    n.description?.en ?? '',
    hiOf(n.description),
    ...nodeExtra.map(([k]) => cell(n.attributes?.[k])),
  ]);
  const edgeCols = ['id', 'from', 'to', 'relation', 'label', 'label_hi', 'quote', 'translation'];
  const edgeExtra = attributeColumns(edges);
  const edgeRows = edges.map((e) => [
    e.id,
    e.source,
    e.target,
    graph.relations.get(e.relation)?.label.en ?? e.relation,
    e.label.en,
    hiOf(e.label),
    e.provenance[0]?.quote ?? '',
    e.provenance[0]?.translation ?? '',
    ...edgeExtra.map(([k]) => cell(e.attributes?.[k])),
  ]);
  const unparse = (fields: string[], data: string[][]) =>
    Papa.unparse({ fields, data: data.map((row) => row.map(escapeFormula)) }, { newline: '\n' });
  return {
    nodes: unparse([...nodeCols, ...nodeExtra.map(([, c]) => c)], nodeRows),
    edges: unparse([...edgeCols, ...edgeExtra.map(([, c]) => c)], edgeRows),
  };
}
