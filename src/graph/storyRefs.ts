import { escapeItem, viewItems } from '../schema/storyView';
import type { Change, RecordTypes } from './commands';
import type { GraphModel } from './model';

type Step = RecordTypes['story']['steps'][number];
type Quote = NonNullable<Step['quotes']>[number];

/** One change per story that `edit` changes some step of (a step it leaves is returned as is). */
function storiesEdited(graph: GraphModel, edit: (step: Step) => Step): Change[] {
  const changes: Change[] = [];
  [...graph.stories.values()].forEach((story, index) => {
    const steps = story.steps.map(edit);
    if (steps.every((step, i) => step === story.steps[i])) return;
    changes.push({ kind: 'story', id: story.id, index, before: story, after: { ...story, steps } });
  });
  return changes;
}

/** A step with other quotes, none left out where there are none. */
function withQuotes(step: Step, quotes: readonly Quote[] | undefined): Step {
  const { quotes: _old, ...rest } = step;
  return { ...rest, ...(quotes?.length ? { quotes } : {}) };
}

/**
 * What the stories must change when nodes or edges go: a view naming a deleted node or edge no
 * longer names it (a merged node's view names the node it was merged into), and a quote on a
 * deleted edge is dropped. Out: one change per story that changes, so a deletion that a story
 * refers to still succeeds, and its undo brings the story back as it was.
 */
export function storyChangesAfter(
  graph: GraphModel,
  goneNodes: ReadonlySet<string>,
  goneEdges: ReadonlySet<string>,
  mergedInto?: string,
): Change[] {
  if (graph.stories.size === 0 || goneNodes.size + goneEdges.size === 0) return [];
  return storiesEdited(graph, (step) => {
    const view = viewWithout(step.view, goneNodes, goneEdges, mergedInto);
    const quotes = step.quotes?.filter((q) => !goneEdges.has(q.edge));
    if (view === step.view && quotes?.length === step.quotes?.length) return step;
    return { ...withQuotes(step, quotes), view };
  });
}

/** A view's query with a deleted node or edge taken out of what it names. */
export function viewWithout(
  view: string,
  goneNodes: ReadonlySet<string>,
  goneEdges: ReadonlySet<string>,
  mergedInto?: string,
): string {
  const p = new URLSearchParams(view);
  let changed = false;
  const node = p.get('node');
  if (node !== null && goneNodes.has(node)) {
    if (mergedInto === undefined) p.delete('node');
    else p.set('node', mergedInto);
    changed = true;
  }
  const edge = p.get('edge');
  if (edge !== null && goneEdges.has(edge)) {
    p.delete('edge');
    changed = true;
  }
  const path = p.get('path');
  if (path !== null) {
    const ends = viewItems(path).map((id) =>
      goneNodes.has(id) && mergedInto !== undefined ? mergedInto : id,
    );
    if (ends.some((id) => goneNodes.has(id)) || ends[0] === ends[1]) {
      for (const k of ['path', 'directed', 'avoid']) p.delete(k);
      changed = true;
    } else if (ends.join() !== viewItems(path).join()) {
      p.set('path', ends.map(escapeItem).join(','));
      changed = true;
    }
  }
  const read = p.get('read');
  if (read !== null) {
    const [source, at] = viewItems(read);
    if (source !== undefined && at !== undefined && goneEdges.has(at)) {
      p.set('read', escapeItem(source));
      changed = true;
    }
  }
  return changed ? p.toString() : view;
}

/**
 * What the stories must change when a relationship's evidence changes: each quote a step shows
 * follows its passage to its new place, and is dropped where the passage was removed.
 */
export function storyChangesForEvidence(
  graph: GraphModel,
  edgeId: string,
  provenance: readonly { readonly source: string; readonly quote: string }[],
): Change[] {
  const old = graph.edgeById.get(edgeId)?.provenance ?? [];
  const placeOf = (index: number) => {
    const p = old[index];
    return p ? provenance.findIndex((q) => q.source === p.source && q.quote === p.quote) : -1;
  };
  return storiesEdited(graph, (step) => {
    const moved = step.quotes?.filter((q) => q.edge === edgeId && placeOf(q.index) !== q.index);
    if (!step.quotes || !moved?.length) return step;
    return withQuotes(
      step,
      step.quotes.flatMap((q) => {
        if (q.edge !== edgeId) return [q];
        const at = placeOf(q.index);
        return at < 0 ? [] : [{ ...q, index: at }];
      }),
    );
  });
}

/**
 * The stories as a part of the graph would carry them (an export of a filtered view): views and
 * quotes keep only what that part holds.
 */
export function storiesWithin(
  graph: GraphModel,
  hasNode: (id: string) => boolean,
  hasEdge: (id: string) => boolean,
): RecordTypes['story'][] {
  const goneNodes = new Set(graph.nodes.flatMap((n) => (hasNode(n.id) ? [] : [n.id])));
  const goneEdges = new Set(graph.edges.flatMap((e) => (hasEdge(e.id) ? [] : [e.id])));
  const changed = new Map(
    storyChangesAfter(graph, goneNodes, goneEdges).map((c) => [c.id, c.after]),
  );
  return [...graph.stories.values()].map((s) => {
    const after = changed.get(s.id);
    return after && 'steps' in after ? after : s;
  });
}
