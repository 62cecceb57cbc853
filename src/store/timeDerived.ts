import {
  compactOf,
  compactWithin,
  neighbourSets,
  type CompactGraph,
  type ScopedCompact,
} from '../graph/analysis/compact';
import {
  asOfSpan,
  lifespans,
  timeView,
  type AbsentMode,
  type AsOf,
  type Lifespans,
  type TimeView,
  type UndatedMode,
} from '../graph/dates';
import { modelFromParts, type GraphModel } from '../graph/model';
import { eventsOf, timelineOf, type Timeline, type TimelineEvent } from '../graph/timeline';
import { memoLast, perGraph } from './memo';
import type { AppState } from './types';

/** Every node's and edge's lifespan in the loaded graph. */
export const lifespansFor: (g: GraphModel) => Lifespans = perGraph(lifespans);
/** The loaded graph's timeline: its dated items by month or year. */
export const timelineFor: (g: GraphModel) => Timeline = perGraph((g) =>
  timelineOf(g, lifespansFor(g)),
);

/**
 * Whether the timeline bar is under the canvas now: as the user chose, else when the graph's
 * dates span more than one month or year (a graph dated only by the one report its evidence
 * quotes has nothing to step through).
 */
export const selectTimelineShown = (s: AppState): boolean =>
  s.timelineOpen ?? timelineFor(s.graph).steps.length > 1;

/** The loaded graph's dated nodes in date order. */
export const eventsFor: (g: GraphModel) => readonly TimelineEvent[] = perGraph(eventsOf);

const viewMemo = memoLast(
  (
    graph: GraphModel,
    asOf: AsOf | null,
    absent: AbsentMode,
    undated: UndatedMode,
  ): TimeView | null => {
    const span = asOf && asOfSpan(asOf);
    const lives = lifespansFor(graph);
    return span && lives.dated ? timeView(graph, lives, span, absent, undated) : null;
  },
);
/** What the as-of view hides and dims now; null when the view shows every date. */
export const selectTimeView = (s: AppState): TimeView | null =>
  viewMemo(s.graph, s.asOf, s.absent, s.undated);

/**
 * What the analyses leave out when they follow the as-of view: what did not exist then (hidden
 * or dimmed), and what has no date where the view hides it. Null: they count the whole graph.
 */
const excludedMemo = memoLast(
  (graph: GraphModel, asOf: AsOf | null, undated: UndatedMode): ReadonlySet<string> | null => {
    // Straight from timeView: through viewMemo, whose one slot holds what the canvas shows, the
    // two would push each other out and the view be computed again on every read.
    const span = asOf && asOfSpan(asOf);
    const lives = lifespansFor(graph);
    if (!span || !lives.dated) return null;
    return timeView(graph, lives, span, 'hide', undated === 'hide' ? 'hide' : 'show').hidden;
  },
);
export const selectAnalysisExcluded = (s: AppState): ReadonlySet<string> | null =>
  s.analyseAsOf ? excludedMemo(s.graph, s.asOf, s.undated) : null;

/** Names the scope the analyses answer for: '' for the whole graph, else the as-of and its rule. */
export const selectAnalysisScope = (s: AppState): string =>
  s.analyseAsOf && s.asOf && selectAnalysisExcluded(s)
    ? `${s.asOf.from}..${s.asOf.to}${s.undated === 'hide' ? ':dated' : ''}`
    : '';

/** The graph as numbers for the analyses, once per graph. */
export const compactFor: (g: GraphModel) => CompactGraph = perGraph(compactOf);
const scopedCompactMemo = memoLast((graph: GraphModel, excluded: ReadonlySet<string> | null) =>
  compactWithin(graph, excluded, compactFor(graph)),
);
/** The graph the analysis worker gets: the whole one, or what existed as of the view. */
export const selectAnalysisCompact = (s: AppState): ScopedCompact =>
  scopedCompactMemo(s.graph, selectAnalysisExcluded(s));

const scopedModelMemo = memoLast(
  (graph: GraphModel, excluded: ReadonlySet<string> | null): GraphModel =>
    excluded
      ? modelFromParts({
          meta: graph.meta,
          sources: [...graph.sources.values()],
          sectors: [...graph.sectors.values()],
          relations: [...graph.relations.values()],
          stories: [...graph.stories.values()],
          nodes: graph.nodes.filter((n) => !excluded.has(n.id)),
          edges: graph.edges.filter(
            (e) => !excluded.has(e.id) && !excluded.has(e.source) && !excluded.has(e.target),
          ),
        })
      : graph,
);
const neighboursMemo = memoLast((c: CompactGraph) => neighbourSets(c));
/** Each node's neighbours in the graph the analyses count. */
export const selectAnalysisNeighbours = (s: AppState): readonly Set<number>[] =>
  neighboursMemo(selectAnalysisCompact(s).graph);

/** The graph the insights read: the whole one, or what existed as of the view. */
export const selectAnalysedGraph = (s: AppState): GraphModel =>
  scopedModelMemo(s.graph, selectAnalysisExcluded(s));

/**
 * The as-of view one step later: a date moves to the next step, a stretch of time moves along
 * keeping its length. Null at the last step. Playing from "all dates" or from the end starts
 * at the first step.
 */
export function nextAsOf(s: AppState, restart: boolean): AppState['asOf'] {
  const { steps } = timelineFor(s.graph);
  if (!steps.length) return null;
  const at = (d: string | undefined) => (d === undefined ? -1 : steps.indexOf(d));
  const from = at(s.asOf?.from);
  const to = at(s.asOf?.to);
  const width = from >= 0 && to >= from ? to - from : 0;
  if (restart && (to < 0 || to >= steps.length - 1))
    return { from: steps[0] ?? '', to: steps[Math.min(width, steps.length - 1)] ?? '' };
  if (to < 0 || to >= steps.length - 1) return null;
  return { from: steps[from + 1] ?? '', to: steps[to + 1] ?? '' };
}
