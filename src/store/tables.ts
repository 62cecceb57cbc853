import { ROLES, type RoleCounts } from '../graph/analysis/brokerage';
import { numberOf } from '../graph/analysis/columns';
import { columnsFor } from './derived';
import { METRICS, type MetricName, type MetricValues } from '../graph/analysis/metricNames';
import type { VisibleSet } from '../graph/filters';
import { attributeText, type GraphModel } from '../graph/model';
import { localizedText, translate, type Lang } from '../i18n/strings';

/** A table column: its header in the interface language, and whether it holds numbers. */
export interface TableColumn {
  readonly id: string;
  readonly header: string;
  readonly numeric: boolean;
}

/** A row: the node's or edge's id, and one value per column (null where it has none). */
export interface TableRow {
  readonly id: string;
  readonly values: readonly (string | number | null)[];
}

export interface TableData {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

const finite = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);

/**
 * The shown nodes as a table: name, type, sectors, every metric computed so far, broker roles
 * and every attribute of the file. Rows in file order.
 */
export function nodeTable(
  graph: GraphModel,
  shown: VisibleSet,
  metrics: MetricValues | null,
  roles: RoleCounts | null,
  lang: Lang,
  estimated: readonly MetricName[] = [],
): TableData {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const metricNames = METRICS.filter((m) => metrics?.[m]?.length === graph.nodes.length);
  const attributes = columnsFor(graph);
  const columns: TableColumn[] = [
    { id: 'name', header: t('table.name'), numeric: false },
    { id: 'type', header: t('table.type'), numeric: false },
    { id: 'sectors', header: t('table.sectors'), numeric: false },
    ...metricNames.map((m) => ({
      id: `metric:${m}`,
      header: estimated.includes(m)
        ? translate(lang, 'metric.estimate', { name: t(`metric.${m}`) })
        : t(`metric.${m}`),
      numeric: m !== 'articulation',
    })),
    ...(roles
      ? ROLES.map((r) => ({ id: `role:${r}`, header: t(`role.${r}`), numeric: true }))
      : []),
    ...attributes.map((c) => ({
      id: `attribute:${c.key}`,
      header: c.key,
      numeric: c.kind === 'number',
    })),
  ];
  const rows: TableRow[] = [];
  graph.nodes.forEach((node, i) => {
    if (!shown.nodes.has(node.id)) return;
    rows.push({
      id: node.id,
      values: [
        localizedText(node.label, lang),
        t(`type.${node.type}`),
        node.sectors
          .map((s) => {
            const sector = graph.sectors.get(s);
            return sector ? localizedText(sector.label, lang) : s;
          })
          .join('; '),
        ...metricNames.map((m) => {
          const v = metrics?.[m]?.[i];
          if (m === 'articulation') return v ? t('metrics.yes') : t('metrics.no');
          if (m === 'community') return v === undefined ? null : v + 1;
          return finite(v);
        }),
        ...(roles ? ROLES.map((r) => finite(roles[r][i])) : []),
        ...attributes.map((c) => {
          if (c.kind === 'number') return finite(numberOf(node, c.key));
          const v = node.attributes?.[c.key];
          return v === undefined || v === null ? null : attributeText(v);
        }),
      ],
    });
  });
  return { columns, rows };
}

/**
 * The shown edges as a table: ends, relation, label, weight, first quote, every attribute.
 * Where no shown edge has a direction the ends are "one end" and "the other", not source and
 * target; where some have one and some not, a column says which.
 */
export function edgeTable(graph: GraphModel, shown: VisibleSet, lang: Lang): TableData {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const keys = [...new Set(graph.edges.flatMap((e) => Object.keys(e.attributes ?? {})))];
  let directed = 0;
  let undirected = 0;
  for (const e of graph.edges)
    if (shown.edges.has(e.id)) {
      if (e.directed === false) undirected++;
      else directed++;
    }
  const none = directed === 0 && undirected > 0;
  const mixed = directed > 0 && undirected > 0;
  const columns: TableColumn[] = [
    { id: 'source', header: t(none ? 'table.oneEnd' : 'table.source'), numeric: false },
    { id: 'relation', header: t('table.relation'), numeric: false },
    { id: 'target', header: t(none ? 'table.otherEnd' : 'table.target'), numeric: false },
    ...(mixed ? [{ id: 'direction', header: t('table.direction'), numeric: false }] : []),
    { id: 'label', header: t('table.label'), numeric: false },
    { id: 'weight', header: t('table.weight'), numeric: true },
    { id: 'quote', header: t('table.quote'), numeric: false },
    ...keys.map((k) => ({ id: `attribute:${k}`, header: k, numeric: false })),
  ];
  const name = (id: string) => {
    const node = graph.nodeById.get(id);
    return node ? localizedText(node.label, lang) : id;
  };
  const rows: TableRow[] = [];
  for (const e of graph.edges) {
    if (!shown.edges.has(e.id)) continue;
    const relation = graph.relations.get(e.relation);
    rows.push({
      id: e.id,
      values: [
        name(e.source),
        relation ? localizedText(relation.label, lang) : e.relation,
        name(e.target),
        ...(mixed ? [t(e.directed === false ? 'table.undirected' : 'table.directed')] : []),
        localizedText(e.label, lang),
        e.weight ?? null,
        e.provenance[0]?.quote ?? null,
        ...keys.map((k) => {
          const v = e.attributes?.[k];
          return v === undefined || v === null ? null : attributeText(v);
        }),
      ],
    });
  }
  return { columns, rows };
}

/**
 * The rows in the order a column sorts them: numbers by value, text by its lower case, rows
 * without a value last whichever way, ties in file order. Sorted by keys read once into arrays,
 * so 20,000 rows sort in a few milliseconds, where a table library's comparator reads each
 * value through its row model on every comparison.
 */
export function sortedRows(
  data: TableData,
  by: { readonly column: number; readonly desc: boolean } | null,
): TableRow[] {
  const rows = data.rows;
  const column = by ? data.columns[by.column] : undefined;
  if (!by || !column) return [...rows];
  const order = Int32Array.from(rows, (_, i) => i);
  const sign = by.desc ? -1 : 1;
  if (column.numeric) {
    const keys = Float64Array.from(rows, (r) => {
      const v = r.values[by.column];
      return typeof v === 'number' ? v : NaN;
    });
    order.sort((a, b) => {
      const [x, y] = [keys[a]!, keys[b]!];
      if (Number.isNaN(x) || Number.isNaN(y))
        return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
      return sign * (x - y) || a - b;
    });
  } else {
    const keys = rows.map((r) => {
      const v = r.values[by.column];
      return v === null || v === undefined ? null : String(v).toLowerCase();
    });
    order.sort((a, b) => {
      const [x, y] = [keys[a]!, keys[b]!];
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      return sign * (x < y ? -1 : x > y ? 1 : 0) || a - b;
    });
  }
  return Array.from(order, (i) => rows[i]!);
}
