import { movedTo, type GraphEdge, type GraphModel, type GraphNode } from '../graph/model';
import { plain, plainFile } from '../graph/plain';

type Point = { readonly x: number; readonly y: number };

/**
 * The text of `JSON.stringify(toGraphFile(withPositions(graph, positions)))`, made a record at a
 * time: records are immutable, so each one's text is kept and only what an edit changed is
 * written out again. What keeps a large map in the browser after every edit, without a pass of
 * a quarter of a second over the whole graph each time.
 */
export const graphFileText = (graph: GraphModel, positions: ReadonlyMap<string, Point>): string =>
  [...graphFileParts(graph, positions)].join('');

/**
 * The same text in parts, a record per part, so a writer can stop between any two (a big map's
 * first write makes every record's text) and hand the parts on without joining them.
 */
export function* graphFileParts(
  graph: GraphModel,
  positions: ReadonlyMap<string, Point>,
): Generator<string> {
  const head = JSON.stringify(plainFile(graph, [], []));
  // The file's lists of nodes and edges come last, empty in the head: filled in here.
  const tail = '"nodes":[],"edges":[]}';
  yield `${head.slice(0, -tail.length)}"nodes":[`;
  let first = true;
  for (const n of graph.nodes) {
    const text = nodeText(n, positions.get(n.id));
    yield first ? text : `,${text}`;
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for (const e of graph.edges) {
    const text = edgeText(e);
    yield first ? text : `,${text}`;
    first = false;
  }
  yield ']}';
}

/** A list of immutable values as JSON, each value's text kept for the next time. */
export function listText(values: readonly object[]): string {
  return `[${values.map(valueText).join(',')}]`;
}

const nodeTexts = new WeakMap<GraphNode, { at: Point | undefined; text: string }>();
const edgeTexts = new WeakMap<object, string>();
const valueTexts = new WeakMap<object, string>();

function nodeText(n: GraphNode, p: Point | undefined): string {
  // The place drawn wins over the file's, as the placed graph has it.
  const at = movedTo(n, p);
  const kept = nodeTexts.get(n);
  if (kept && (kept.at === at || (kept.at && at && kept.at.x === at.x && kept.at.y === at.y)))
    return kept.text;
  const text = JSON.stringify(plain(at ? { ...n, position: { x: at.x, y: at.y } } : n) ?? null);
  nodeTexts.set(n, { at, text });
  return text;
}

/** A record's or value's JSON, made once: records are immutable. */
function keptText(cache: WeakMap<object, string>, v: object): string {
  let text = cache.get(v);
  if (text === undefined) {
    text = JSON.stringify(plain(v) ?? null);
    cache.set(v, text);
  }
  return text;
}

const edgeText = (e: GraphEdge) => keptText(edgeTexts, e);
const valueText = (v: object) => keptText(valueTexts, v);
