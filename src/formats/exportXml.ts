import type { VisibleSet } from '../graph/filters';
import { attributeText, type AttributeValue, type GraphModel } from '../graph/model';
import { xmlChars } from '../schema/xmlChars';
import { edgeColumn, nodeColumn } from './fields';
import { edgeRows, nodeRows, selected, type Rows } from './rows';

/** Text made safe for an XML attribute or element. */
export function xmlText(value: string): string {
  return xmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type ColumnType = 'double' | 'boolean' | 'string';

/** A column's type for a typed format: numbers and booleans stay themselves, else text. */
function typeOf(rows: Rows, column: string): ColumnType {
  const values = rows.rows.flatMap((r) => (r.has(column) ? [r.get(column)] : []));
  if (values.length && values.every((v) => typeof v === 'number')) return 'double';
  if (values.length && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

const valueText = (v: AttributeValue) => xmlText(attributeText(v));

/** Keys for named values of one kind: `[column, key id, type]` for every column but the skipped. */
function keysOf(rows: Rows, prefix: string, skip: readonly string[]) {
  return rows.columns
    .filter((c) => !skip.includes(c))
    .map((c, i) => [c, `${prefix}${i}`, typeOf(rows, c)] as const);
}

/**
 * The graph (or the shown part) as GraphML, for yEd, Gephi and Cytoscape desktop. Every field
 * is a `<data>` value under the field table's name, so this app reads it back whole; edges
 * without a direction say `directed="false"`.
 */
export function toGraphml(graph: GraphModel, shown?: VisibleSet): string {
  const { nodes, edges } = selected(graph, shown);
  const nr = nodeRows(graph, nodes);
  const er = edgeRows(graph, edges);
  const id = nodeColumn('id');
  const ends = [
    edgeColumn('id'),
    edgeColumn('source'),
    edgeColumn('target'),
    edgeColumn('directed'),
  ];
  const nodeKeys = keysOf(nr, 'n', [id]);
  const edgeKeys = keysOf(er, 'e', ends);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map(
      ([name, key, type]) =>
        `  <key id="${key}" for="node" attr.name="${xmlText(name)}" attr.type="${type}"/>`,
    ),
    ...edgeKeys.map(
      ([name, key, type]) =>
        `  <key id="${key}" for="edge" attr.name="${xmlText(name)}" attr.type="${type}"/>`,
    ),
    `  <graph id="G" edgedefault="directed">`,
  ];
  const data = (row: ReadonlyMap<string, AttributeValue>, keys: typeof nodeKeys) =>
    keys.flatMap(([name, key]) => {
      const v = row.get(name);
      return v === undefined ? [] : [`      <data key="${key}">${valueText(v)}</data>`];
    });
  for (const row of nr.rows)
    out.push(
      `    <node id="${valueText(row.get(id) ?? '')}">`,
      ...data(row, nodeKeys),
      '    </node>',
    );
  for (const row of er.rows) {
    const directed = row.get(edgeColumn('directed')) === false ? ' directed="false"' : '';
    const attrs = ['id', 'source', 'target'].map(
      (a, i) => `${a}="${valueText(row.get(ends[i]!) ?? '')}"`,
    );
    out.push(`    <edge ${attrs.join(' ')}${directed}>`, ...data(row, edgeKeys), '    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

const GEXF_TYPE: Readonly<Record<ColumnType, string>> = {
  double: 'double',
  boolean: 'boolean',
  string: 'string',
};

/**
 * The graph (or the shown part) as GEXF 1.3, Gephi's own format: labels, weights and
 * direction in GEXF's own places, positions, colours and sizes as Gephi's `viz`, everything
 * else as attributes under the field table's names. Lists stay lists (`liststring`).
 */
export function toGexf(graph: GraphModel, shown?: VisibleSet): string {
  const { nodes, edges } = selected(graph, shown);
  const nr = nodeRows(graph, nodes);
  const er = edgeRows(graph, edges);
  const nodeOwn = (['id', 'label', 'x', 'y', 'color', 'size'] as const).map(nodeColumn);
  const edgeOwn = (['id', 'source', 'target', 'label', 'weight', 'directed'] as const).map(
    edgeColumn,
  );
  const nodeKeys = keysOf(nr, 'n', nodeOwn);
  const edgeKeys = keysOf(er, 'e', edgeOwn);
  const listColumns = new Set(
    [...nr.rows, ...er.rows].flatMap((r) =>
      [...r.entries()].filter(([, v]) => v !== null && typeof v === 'object').map(([k]) => k),
    ),
  );
  const typeFor = (name: string, type: ColumnType) =>
    listColumns.has(name) ? 'liststring' : GEXF_TYPE[type];
  const declare = (kind: 'node' | 'edge', keys: typeof nodeKeys) => [
    `    <attributes class="${kind}">`,
    ...keys.map(
      ([name, key, type]) =>
        `      <attribute id="${key}" title="${xmlText(name)}" type="${typeFor(name, type)}"/>`,
    ),
    '    </attributes>',
  ];
  const listText = (v: AttributeValue) =>
    v !== null && typeof v === 'object'
      ? `[${v.map((x) => String(x)).join(', ')}]`
      : attributeText(v);
  const attvalues = (row: ReadonlyMap<string, AttributeValue>, keys: typeof nodeKeys) => {
    const values = keys.flatMap(([name, key]) => {
      const v = row.get(name);
      return v === undefined || v === null
        ? []
        : [`          <attvalue for="${key}" value="${xmlText(listText(v))}"/>`];
    });
    return values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
  };
  const num = (v: AttributeValue | undefined) => (typeof v === 'number' ? v : undefined);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><description>${xmlText(graph.meta.title.en)}</description></meta>`,
    '  <graph defaultedgetype="directed">',
    ...declare('node', nodeKeys),
    ...declare('edge', edgeKeys),
    '    <nodes>',
  ];
  for (const row of nr.rows) {
    const [id, label, x, y, color, size] = nodeOwn.map((c) => row.get(c));
    out.push(
      `      <node id="${valueText(id ?? '')}" label="${valueText(label ?? '')}">`,
      ...attvalues(row, nodeKeys),
    );
    if (num(x) !== undefined && num(y) !== undefined)
      // GEXF's y axis points up; ours, like the screen's, down.
      out.push(`        <viz:position x="${num(x)}" y="${-(num(y) ?? 0)}" z="0"/>`);
    if (typeof color === 'string') {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    }
    if (num(size) !== undefined) out.push(`        <viz:size value="${num(size)}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const row of er.rows) {
    const [id, source, target, label, weight, directed] = edgeOwn.map((c) => row.get(c));
    const attrs = [
      `id="${valueText(id ?? '')}"`,
      `source="${valueText(source ?? '')}"`,
      `target="${valueText(target ?? '')}"`,
      `label="${valueText(label ?? '')}"`,
      `type="${directed === false ? 'undirected' : 'directed'}"`,
      ...(num(weight) !== undefined ? [`weight="${num(weight)}"`] : []),
    ];
    out.push(`      <edge ${attrs.join(' ')}>`, ...attvalues(row, edgeKeys), '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
