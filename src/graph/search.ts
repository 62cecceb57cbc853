import { wordSkeletons } from './skeleton';
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
  /** Every folded key in one string, so most nodes are ruled out by a single search. */
  readonly haystack: string;
  /** Labels and aliases: the names a sound can match. */
  readonly names: readonly string[];
}

/**
 * Each entry's names as consonant skeletons, each name after a separator, for a name typed in
 * the other script: made the first time a query is tried by sound against that entry, since
 * most queries match as written and skeletons are most of what indexing a big graph costs.
 */
const soundsOf = new WeakMap<Entry, string>();
function sounds(entry: Entry): string {
  let made = soundsOf.get(entry);
  if (made === undefined) {
    made = entry.names.map((n) => `\u0001${soundOf(n)}`).join('');
    soundsOf.set(entry, made);
  }
  return made;
}

/** A text's words as consonant skeletons: "Suzuki Takashi" and "सुजुकी ताकाशी" alike. */
const soundOf = (text: string) => wordSkeletons(text).join(' ');

/** A query spelled by sound finds only with this many consonants: fewer match by chance. */
const MIN_SOUND = 3;

/**
 * A prepared search over one graph. Build once per graph; a query rules nodes out with one
 * substring search each and ranks only the ones that match.
 */
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
 * Each node's entry is made once: records are immutable, so after an edit only the nodes it
 * changed are indexed again.
 */
export function buildSearchIndex(graph: GraphModel): SearchIndex {
  return { entries: graph.nodes.map(entryOf) };
}

const entries = new WeakMap<GraphNode, Entry>();

function entryOf(node: GraphNode): Entry {
  const kept = entries.get(node);
  if (kept) return kept;
  const texts = [node.label.en, node.label.hi, ...(node.aliases ?? [])];
  if (node.role) texts.push(node.role.en, node.role.hi);
  for (const value of Object.values(node.attributes ?? {})) {
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'object') texts.push(...value.map(String));
    else texts.push(attributeText(value));
  }
  const keys = texts.map((text) => ({ text, folded: foldForSearch(text) }));
  // Names only (labels and aliases): a role or attribute spelled alike is no evidence.
  const names = [node.label.en, node.label.hi, ...(node.aliases ?? [])];
  const haystack = keys.map((k) => k.folded).join('\u0001');
  const entry = { node, keys, haystack, names };
  entries.set(node, entry);
  return entry;
}

/**
 * Makes the entries of `nodes` from `from` on, with their sounds, while `more()` says there is
 * time: what a page does while it waits for the user, so that the first query finds everything
 * ready. Out: where to go on from (`nodes.length` when all are ready).
 */
export function prepareSearch(
  nodes: readonly GraphNode[],
  from: number,
  more: () => boolean,
): number {
  let i = from;
  while (i < nodes.length) {
    sounds(entryOf(nodes[i]!));
    i++;
    if (i % 32 === 0 && !more()) break;
  }
  return i;
}

const byLabel = new Intl.Collator('en');

function score(folded: string, q: string): number {
  if (folded === q) return 0;
  if (folded.startsWith(q)) return 1;
  if (folded.includes(` ${q}`)) return 2;
  if (folded.includes(q)) return 3;
  return -1;
}

/**
 * Finds nodes for a query. In: an index, the user's text, a maximum, and which nodes may be
 * found (all, unless told). Out: best matches first (exact, then prefix, then word start, then
 * anywhere; ties by label), each node once.
 */
export function searchNodes(
  index: SearchIndex,
  query: string,
  limit = 10,
  accept?: (node: GraphNode) => boolean,
): SearchHit[] {
  const run = startSearch(index, query, limit, accept);
  run.step(() => true);
  return run.hits();
}

/** A search that can stop between nodes and go on later: `step` says whether it is done. */
export interface SearchRun {
  step(more: () => boolean): boolean;
  /** The best hits among the nodes looked at so far. */
  hits(): SearchHit[];
}

/** How many nodes a run looks at between two questions of whether it may go on. */
const STRIDE = 256;

/**
 * Starts a search (as `searchNodes`) that `step` carries on while `more()` says there is time:
 * a page can answer a query on a big graph between frames instead of in one long task.
 */
export function startSearch(
  index: SearchIndex,
  query: string,
  limit = 10,
  accept?: (node: GraphNode) => boolean,
): SearchRun {
  const q = foldForSearch(query);
  // Only the best `limit` are kept as the scan goes, so a query that matches every node
  // still sorts no more than a handful.
  type Ranked = { hit: SearchHit; rank: number; order: string };
  const best: Ranked[] = [];
  // Ties go by the folded English label, compared as code points: a collator call per match is
  // most of what a one-letter query costs on a big graph; folding already ignores case and
  // accents, and the collator settles only labels that fold alike.
  const before = (a: Ranked, b: Ranked) =>
    a.rank - b.rank ||
    (a.order < b.order ? -1 : a.order > b.order ? 1 : 0) ||
    byLabel.compare(a.hit.node.label.en, b.hit.node.label.en);
  // The same name in the other script, by its consonants at the start of a word: ranked last.
  const sound = soundOf(query);
  const bySound = sound.replace(/ /g, '').length >= MIN_SOUND;
  const { entries } = index;
  let at = q ? 0 : entries.length;
  const look = (entry: Entry) => {
    if (accept && !accept(entry.node)) return;
    let rank = -1;
    let matched = '';
    if (entry.haystack.includes(q))
      for (const key of entry.keys) {
        const s = score(key.folded, q);
        if (s >= 0 && (rank < 0 || s < rank)) {
          rank = s;
          matched = key.text;
        }
      }
    if (rank < 0 && bySound) {
      const found = soundAt(sounds(entry), sound);
      if (found >= 0) {
        rank = 4;
        matched = entry.names[found] ?? entry.node.label.en;
      }
    }
    if (rank < 0) return;
    const candidate = { hit: { node: entry.node, matched }, rank, order: entry.keys[0]!.folded };
    const worst = best[best.length - 1];
    if (best.length >= limit && worst && before(candidate, worst) >= 0) return;
    let i = best.length;
    while (i > 0 && before(candidate, best[i - 1]!) < 0) i--;
    best.splice(i, 0, candidate);
    if (best.length > limit) best.pop();
  };
  return {
    step(more) {
      while (at < entries.length) {
        const end = Math.min(entries.length, at + STRIDE);
        for (; at < end; at++) look(entries[at]!);
        if (!more()) break;
      }
      return at >= entries.length;
    },
    hits: () => best.map((h) => h.hit),
  };
}

/** Where a sound starts a word of a node's names, or -1: the index of the name it is in. */
function soundAt(sounds: string, sound: string): number {
  let from = 0;
  for (;;) {
    const at = sounds.indexOf(sound, from);
    if (at < 0) return -1;
    const before = sounds[at - 1];
    if (before === ' ' || before === '\u0001')
      return sounds.slice(0, at).split('\u0001').length - 2;
    from = at + 1;
  }
}
