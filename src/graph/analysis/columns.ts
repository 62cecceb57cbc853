import { attributeText, type AttributeValue, type GraphModel, type GraphNode } from '../model';

/** Most distinct values an attribute may have to be offered as a category (checkboxes, colours). */
export const MAX_CATEGORIES = 40;

/** A node attribute as the table, filters and appearance see it. */
export interface AttributeColumn {
  readonly key: string;
  /** Numbers only (ranges, sizes); categories (few distinct texts); or free text. */
  readonly kind: 'number' | 'category' | 'text';
  /**
   * For a category, or whole numbers that take few values (a file's community or group
   * numbers): the values by how many nodes have them, most first ('' = no value). Empty for
   * anything else.
   */
  readonly values: readonly { readonly value: string; readonly count: number }[];
}

/** The texts a node's attribute holds, one per list item; '' when it has none. */
export function categoriesOf(node: GraphNode, key: string): readonly string[] {
  const value = node.attributes?.[key];
  if (value === undefined || value === null || value === '') return [''];
  if (typeof value === 'object') return value.length ? value.map(String) : [''];
  return [attributeText(value)];
}

/**
 * A value as a number, or NaN: a number, or text that is one (a spreadsheet has no types, so
 * its numbers arrive as text and stay text in the model, to be written back as they came).
 */
function numeric(value: AttributeValue | undefined): number {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim()
        ? Number(value)
        : NaN;
  return Number.isFinite(n) ? n : NaN;
}

/** The number a node's attribute holds, or NaN. */
export function numberOf(node: GraphNode, key: string): number {
  return numeric(node.attributes?.[key]);
}

/**
 * The node attributes a graph has, in first-seen order, each classified. A column is numeric
 * when every value it has is a finite number (or text that reads as one), a category when it
 * has at most
 * {@link MAX_CATEGORIES} distinct texts. O(nodes × attributes).
 */
export function attributeColumns(graph: GraphModel): AttributeColumn[] {
  const keys = new Map<string, { numeric: boolean; counts: Map<string, number> | null }>();
  for (const node of graph.nodes)
    for (const [key, value] of Object.entries(node.attributes ?? {})) {
      let entry = keys.get(key);
      if (!entry) keys.set(key, (entry = { numeric: true, counts: new Map() }));
      if (value !== null && value !== '' && Number.isNaN(numeric(value))) entry.numeric = false;
    }
  return [...keys].map(([key, entry]) => {
    const counts = new Map<string, number>();
    let few = true;
    for (const node of graph.nodes) {
      const n = numberOf(node, key);
      if (entry.numeric && !Number.isNaN(n) && !Number.isInteger(n)) few = false;
      for (const v of new Set(categoriesOf(node, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
      if (!few || counts.size > MAX_CATEGORIES) {
        few = false;
        break;
      }
    }
    const values = few
      ? [...counts]
          .map(([value, count]) => ({ value, count }))
          .sort(
            (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }),
          )
      : [];
    if (entry.numeric) return { key, kind: 'number' as const, values };
    return { key, kind: few ? ('category' as const) : ('text' as const), values };
  });
}
