import { attributeText, type GraphModel, type GraphNode } from '../model';

/** Most distinct values an attribute may have to be offered as a category (checkboxes, colours). */
export const MAX_CATEGORIES = 40;

/** A node attribute as the table, filters and appearance see it. */
export interface AttributeColumn {
  readonly key: string;
  /** Numbers only (ranges, sizes); categories (few distinct texts); or free text. */
  readonly kind: 'number' | 'category' | 'text';
  /** For a category: its values by how many nodes have them, most first ('' = no value). */
  readonly values: readonly { readonly value: string; readonly count: number }[];
}

/** The texts a node's attribute holds, one per list item; '' when it has none. */
export function categoriesOf(node: GraphNode, key: string): readonly string[] {
  const value = node.attributes?.[key];
  if (value === undefined || value === null || value === '') return [''];
  if (typeof value === 'object') return value.length ? value.map(String) : [''];
  return [attributeText(value)];
}

/** The number a node's attribute holds, or NaN. */
export function numberOf(node: GraphNode, key: string): number {
  const value = node.attributes?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : NaN;
}

/**
 * The node attributes a graph has, in first-seen order, each classified. A column is numeric
 * when every value it has is a finite number, a category when it has at most
 * {@link MAX_CATEGORIES} distinct texts. O(nodes × attributes).
 */
export function attributeColumns(graph: GraphModel): AttributeColumn[] {
  const keys = new Map<string, { numeric: boolean; counts: Map<string, number> | null }>();
  for (const node of graph.nodes)
    for (const [key, value] of Object.entries(node.attributes ?? {})) {
      let entry = keys.get(key);
      if (!entry) keys.set(key, (entry = { numeric: true, counts: new Map() }));
      if (value !== null && !(typeof value === 'number' && Number.isFinite(value)))
        entry.numeric = false;
    }
  return [...keys].map(([key, entry]) => {
    if (entry.numeric) return { key, kind: 'number' as const, values: [] };
    const counts = new Map<string, number>();
    for (const node of graph.nodes) {
      for (const v of new Set(categoriesOf(node, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
      if (counts.size > MAX_CATEGORIES) return { key, kind: 'text' as const, values: [] };
    }
    const values = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return { key, kind: 'category' as const, values };
  });
}
