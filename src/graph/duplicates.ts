import type { GraphModel, GraphNode } from './model';
import { nameKey } from './skeleton';

/**
 * Possible duplicates: nodes whose names sound the same across scripts ("Suzuki Takashi" and
 * "सुजुकी ताकाशी") or where one is the other's acronym ("JETRO" and "Japan External Trade
 * Organization"). Names are compared by their words' consonant skeletons (skeleton.ts).
 */

const STOP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'des', 'to']);

/** Whether `acronym` is made of the starts of `words` in order, each word giving at least one. */
function spells(acronym: string, words: readonly string[]): boolean {
  const go = (a: number, w: number): boolean => {
    if (w === words.length) return a === acronym.length;
    const word = words[w]!;
    if (STOP.has(word) && go(a, w + 1)) return true;
    for (let len = 1; len <= word.length && a + len <= acronym.length; len++) {
      if (word[len - 1] !== acronym[a + len - 1]) break;
      if (go(a + len, w + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/** The names a node goes by: its labels, its aliases, and what its label gives in brackets. */
function namesOf(node: GraphNode): string[] {
  const names = [node.label.en, ...(node.label.hiMissing ? [] : [node.label.hi])];
  names.push(...(node.aliases ?? []));
  const out: string[] = [];
  for (const name of names) {
    const bracketed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
    if (bracketed) out.push(bracketed[1]!, bracketed[2]!);
    else out.push(name);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

export interface DuplicatePair {
  readonly a: string;
  readonly b: string;
  /** Why they look alike: the same name across scripts, or an acronym of the other's name. */
  readonly reason: 'sound' | 'acronym';
  /** The two names that matched, as each node has it. */
  readonly names: readonly [string, string];
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;
/** How many pairs the list shows at most: beyond that the data needs a cleaner import. */
export const MAX_PAIRS = 200;

/**
 * Pairs of nodes that may be one: same type (or one of them untyped), not judged distinct
 * before. Every name is bucketed by its key, so the cost grows with the names, not with pairs.
 */
export function possibleDuplicates(graph: GraphModel): DuplicatePair[] {
  const distinct = new Set((graph.meta.distinct ?? []).map(([a, b]) => `${a}\u0000${b}`));
  const out: DuplicatePair[] = [];
  const seen = new Set<string>();
  const offer = (
    x: GraphNode,
    y: GraphNode,
    reason: DuplicatePair['reason'],
    nx: string,
    ny: string,
  ) => {
    if (x.id === y.id || out.length >= MAX_PAIRS) return;
    if (x.type !== y.type && x.type !== 'other' && y.type !== 'other') return;
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    const key = `${a.id}\u0000${b.id}`;
    if (seen.has(key) || distinct.has(key)) return;
    seen.add(key);
    out.push({ a: a.id, b: b.id, reason, names: a === x ? [nx, ny] : [ny, nx] });
  };
  const byKey = new Map<string, { node: GraphNode; name: string }[]>();
  const acronyms: { node: GraphNode; name: string }[] = [];
  const byInitial = new Map<string, { node: GraphNode; name: string; words: string[] }[]>();
  for (const node of graph.nodes) {
    for (const name of namesOf(node)) {
      const key = nameKey(name);
      // Three consonants at least: shorter skeletons match too many unrelated names.
      if (key.replace(/ /g, '').length >= 3) {
        const list = byKey.get(key) ?? [];
        for (const other of list) offer(other.node, node, 'sound', other.name, name);
        list.push({ node, name });
        byKey.set(key, list);
      }
      if (ACRONYM.test(name)) acronyms.push({ node, name });
      const words = name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      const first = words.find((w) => !STOP.has(w));
      if (words.length >= 2 && first) {
        const list = byInitial.get(first[0]!) ?? [];
        list.push({ node, name, words });
        byInitial.set(first[0]!, list);
      }
    }
  }
  for (const { node, name } of acronyms) {
    const lower = name.toLowerCase();
    for (const long of byInitial.get(lower[0]!) ?? [])
      if (long.node.id !== node.id && spells(lower, long.words))
        offer(node, long.node, 'acronym', name, long.name);
  }
  return out;
}
