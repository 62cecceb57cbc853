import { attributeText, type GraphModel, type GraphNode } from './model';

/**
 * Folds text for loose matching: case, Latin accents, Devanagari nukta and chandrabindu, and
 * runs of space or punctuation. `Sūzuki` → `suzuki`, `राँची` → `रांची`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u093c/g, '')
    .replace(/\u0901/g, '\u0902')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

interface Entry {
  readonly node: GraphNode;
  readonly keys: readonly { readonly text: string; readonly folded: string }[];
}

/** A prepared search over one graph. Build once per graph; querying is a linear scan. */
export interface SearchIndex {
  readonly entries: readonly Entry[];
}

export interface SearchHit {
  readonly node: GraphNode;
  /** The label or alias that matched, as written. */
  readonly matched: string;
}

/**
 * Indexes English and Hindi labels, aliases and roles of every node, and the values of the
 * attributes its file gave it (lists item by item), so a name kept in another field is found.
 */
export function buildSearchIndex(graph: GraphModel): SearchIndex {
  return {
    entries: graph.nodes.map((node) => {
      const texts = [node.label.en, node.label.hi, ...(node.aliases ?? [])];
      if (node.role) texts.push(node.role.en, node.role.hi);
      for (const value of Object.values(node.attributes ?? {})) {
        if (value === null || typeof value === 'boolean') continue;
        if (typeof value === 'object') texts.push(...value.map(String));
        else texts.push(attributeText(value));
      }
      return { node, keys: texts.map((text) => ({ text, folded: foldForSearch(text) })) };
    }),
  };
}

function score(folded: string, q: string): number {
  if (folded === q) return 0;
  if (folded.startsWith(q)) return 1;
  if (folded.includes(` ${q}`)) return 2;
  if (folded.includes(q)) return 3;
  return -1;
}

/**
 * Finds nodes for a query. In: an index, the user's text, a maximum. Out: best matches first
 * (exact, then prefix, then word start, then anywhere; ties by label), each node once.
 */
export function searchNodes(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const entry of index.entries) {
    let best = -1;
    let matched = '';
    for (const key of entry.keys) {
      const s = score(key.folded, q);
      if (s >= 0 && (best < 0 || s < best)) {
        best = s;
        matched = key.text;
      }
    }
    if (best >= 0) hits.push({ hit: { node: entry.node, matched }, rank: best });
  }
  hits.sort((a, b) => a.rank - b.rank || a.hit.node.label.en.localeCompare(b.hit.node.label.en));
  return hits.slice(0, limit).map((h) => h.hit);
}
