import type { VisibleSet } from '../graph/filters';
import type { AttributeValue, GraphEdge, GraphModel, GraphNode } from '../graph/model';
import type { Localized, Selector } from '../schema/graphFile';
import {
  edgeColumn,
  evidenceColumn,
  isKnownName,
  nodeColumn,
  normName,
  type EdgeField,
  type NodeField,
} from './fields';

/**
 * The model as named values, for every writer of a format with named fields (CSV, GraphML,
 * GEXF): each of our fields under the field table's first spelling, evidence as `quote`,
 * `quote 2`…, then each attribute under its own name (or a renamed one where it would be taken
 * for one of ours). The readers take these names back through the same table.
 */
export interface Rows {
  /** Column names in a fixed order: ours first, then attributes. */
  readonly columns: readonly string[];
  readonly rows: readonly ReadonlyMap<string, AttributeValue>[];
}

const hiOf = (l: Localized | undefined) => (l && !l.hiMissing ? l.hi : undefined);

/** The records a view shows (all of them without a view), in the model's order. */
export function selected(graph: GraphModel, shown?: VisibleSet) {
  const nodes = shown ? graph.nodes.filter((n) => shown.nodes.has(n.id)) : graph.nodes;
  const edges = shown ? graph.edges.filter((e) => shown.edges.has(e.id)) : graph.edges;
  return { nodes, edges, has: (id: string) => !shown || shown.nodes.has(id) };
}

/**
 * Attribute names as columns the readers will take for attributes again: a name that means one
 * of our fields, or clashes with another once case and spacing are ignored, gets a prefix or
 * a number. Out: [attribute name, column name] pairs.
 */
function attributeColumns(
  records: readonly { attributes?: Readonly<Record<string, AttributeValue>> }[],
  taken: readonly string[],
): [string, string][] {
  const names = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.attributes ?? {})) names.add(k);
  const used = new Set(taken.map(normName));
  return [...names].map((name) => {
    let column = name.trim() === '' || isKnownName(name) ? `attribute ${name}` : name;
    for (let n = 2; used.has(normName(column)); n++) column = `${name} (${n})`;
    used.add(normName(column));
    return [name, column];
  });
}

function table<R extends { attributes?: Readonly<Record<string, AttributeValue>> }>(
  records: readonly R[],
  always: readonly string[],
  ours: (r: R) => [string, AttributeValue | undefined][],
): Rows {
  const all = records.map(ours);
  const own = all.map((values) =>
    values.filter((entry): entry is [string, AttributeValue] => entry[1] !== undefined),
  );
  // Columns in the field table's order; a field no record has is left out, unless every file
  // of the kind needs it.
  const order = [
    ...new Set(
      all.flatMap((values) =>
        values.filter(([k, v]) => v !== undefined || always.includes(k)).map(([k]) => k),
      ),
    ),
  ];
  for (const k of always) if (!order.includes(k)) order.push(k);
  const extra = attributeColumns(records, order);
  const rows = records.map((r, i) => {
    const row = new Map<string, AttributeValue>(own[i]);
    for (const [name, column] of extra) {
      const v = r.attributes?.[name];
      if (v !== undefined) row.set(column, v);
    }
    return row;
  });
  return { columns: [...order, ...extra.map(([, c]) => c)], rows };
}

const n = (f: NodeField) => nodeColumn(f);
const e = (f: EdgeField) => edgeColumn(f);

/** The nodes as rows. Sectors are written by name, as people write them in a spreadsheet. */
export function nodeRows(graph: GraphModel, nodes: readonly GraphNode[]): Rows {
  const sectorName = (id: string) => graph.sectors.get(id)?.label.en ?? id;
  return table(nodes, [n('id'), n('label'), n('type'), n('sectors')], (node) => [
    [n('id'), node.id],
    [n('label'), node.label.en],
    [n('labelHi'), hiOf(node.label)],
    [n('type'), node.type],
    [n('sectors'), node.sectors.length ? node.sectors.map(sectorName) : undefined],
    [n('description'), node.description?.en],
    [n('descriptionHi'), hiOf(node.description)],
    [n('aliases'), node.aliases?.length ? node.aliases : undefined],
    [n('role'), node.role?.en],
    [n('roleHi'), hiOf(node.role)],
    [n('organisation'), node.organisation],
    [n('date'), node.date],
    [n('start'), node.start],
    [n('end'), node.end],
    [n('influence'), node.assessments?.at(-1)?.influence],
    [n('interest'), node.assessments?.at(-1)?.interest],
    [n('stance'), node.assessments?.at(-1)?.stance],
    [n('assessed'), node.assessments?.at(-1)?.date],
    [n('x'), node.position?.x],
    [n('y'), node.position?.y],
    [n('color'), node.color],
    [n('size'), node.size],
    [n('shape'), node.shape],
  ]);
}

/** The edges as rows, every piece of evidence included. */
export function edgeRows(graph: GraphModel, edges: readonly GraphEdge[]): Rows {
  return table(edges, [e('id'), e('source'), e('target'), e('relation'), e('label')], (edge) => [
    [e('id'), edge.id],
    [e('source'), edge.source],
    [e('target'), edge.target],
    [e('relation'), graph.relations.get(edge.relation)?.label.en ?? edge.relation],
    [e('label'), edge.label.en],
    [e('labelHi'), hiOf(edge.label)],
    [e('description'), edge.description?.en],
    [e('descriptionHi'), hiOf(edge.description)],
    [e('meeting'), edge.meeting],
    [e('date'), edge.date],
    [e('start'), edge.start],
    [e('end'), edge.end],
    [e('directed'), edge.directed],
    [e('weight'), edge.weight],
    ...edge.provenance.flatMap((p, i): [string, AttributeValue | undefined][] => [
      [evidenceColumn('quote', i + 1), p.quote],
      [evidenceColumn('translation', i + 1), p.translation],
      [evidenceColumn('evidenceSource', i + 1), p.source],
      [evidenceColumn('selector', i + 1), p.selector && selectorText(p.selector)],
    ]),
  ]);
}

/** A selector as one cell: everything but the quote, which has its own. */
function selectorText(s: Selector): string {
  return JSON.stringify({ prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end });
}
