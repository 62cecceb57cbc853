import { attributeColumns, type AttributeColumn } from '../graph/analysis/columns';
import { ESTIMABLE, type MetricName, type MetricValues } from '../graph/analysis/metricNames';
import type { Path } from '../graph/analysis/paths';
import { informativeGroup, measureValues } from '../graph/analysis/values';
import { measureFrom, tokenOf, type Appearance, type GroupBy } from '../graph/analysis/view';
import type { RoleCounts } from '../graph/analysis/brokerage';
import type { MetricsState } from './analysisSlice';
import { appearanceOf, type AppearanceResult } from '../theme/appearance';
import { bundlesOf, type Bundles } from '../graph/bundles';
import { applyFilters, sectorCounts, type VisibleSet } from '../graph/filters';
import { degrees } from '../graph/metrics';
import { withPositions, type GraphEdge, type GraphModel } from '../graph/model';
import { buildSearchIndex, type SearchIndex } from '../graph/search';
import { highlightFor, shownSet } from '../graph/view';
import { memoLast, perGraph } from './memo';
import { compactFor, selectAnalysisScope, selectTimeView } from './timeDerived';
import type { AppState } from './types';

const filteredMemo = memoLast(applyFilters);
const shownMemo = memoLast(shownSet);
const highlightMemo = memoLast(highlightFor);
const countsMemo = memoLast(sectorCounts);
const placedMemo = memoLast(withPositions);

export const searchIndexOf: (g: GraphModel) => SearchIndex = perGraph(buildSearchIndex);
/** Edges drawn together because they share both ends. */
/**
 * The last bundles made, handed out again while an edit leaves them as they were, so the
 * canvas keeps patching only what changed instead of passing over every element again.
 */
let lastBundles: Bundles | null = null;
export const bundlesFor = (g: GraphModel): Bundles => {
  let kept = bundlesByEdges.get(g.edges);
  if (kept === undefined) {
    const made = bundlesOf(g);
    kept = lastBundles && sameBundles(lastBundles, made) ? lastBundles : made;
    bundlesByEdges.set(g.edges, kept);
  }
  lastBundles = kept;
  return kept;
};
// Bundles depend on the edges alone, and an edit that touches no edge keeps the list.
const bundlesByEdges = new WeakMap<readonly GraphEdge[], Bundles>();

function sameBundles(a: Bundles, b: Bundles): boolean {
  if (a.members.size !== b.members.size || a.of.size !== b.of.size) return false;
  for (const [id, members] of a.members) {
    const other = b.members.get(id);
    if (!other || other.length !== members.length) return false;
    for (let i = 0; i < members.length; i++) if (members[i] !== other[i]) return false;
  }
  return true;
}
export const degreesOf: (g: GraphModel) => ReadonlyMap<string, number> = perGraph(degrees);

export { compactFor };
/** Each node's index in the model's `nodes` (the index of metric values). */
export const nodeIndexFor: (g: GraphModel) => ReadonlyMap<string, number> = perGraph(
  (g) => new Map(g.nodes.map((n, i) => [n.id, i])),
);
export const columnsFor: (g: GraphModel) => readonly AttributeColumn[] = perGraph(attributeColumns);

/** How far the metrics of the loaded graph have got, or null before the first batch. */
export const selectMetricsState = (s: AppState): MetricsState | null =>
  s.metrics?.graph === s.graph && s.metrics.scope === selectAnalysisScope(s) ? s.metrics : null;

/** The metrics of the loaded graph shown as estimates (empty where all are exact). */
export const selectEstimated = (s: AppState): readonly MetricName[] =>
  selectMetricsState(s)?.estimated ? ESTIMABLE : NONE_ESTIMATED;
// One empty list, so a component reading it is not told of a change on every store update.
const NONE_ESTIMATED: readonly MetricName[] = [];

/** The metrics computed so far for the loaded graph, or null. */
export const selectMetrics = (s: AppState): MetricValues | null =>
  selectMetricsState(s)?.values ?? null;

/** The grouping broker roles use: the user's, else the one that tells this graph's nodes apart. */
export const selectRoleGroup = (s: AppState): GroupBy => s.roleGroup ?? informativeGroup(s.graph);

/** Broker role counts for the loaded graph and the chosen grouping, once computed. */
export const selectRoles = (s: AppState): RoleCounts | null =>
  s.roles?.graph === s.graph &&
  s.roles.group === tokenOf(selectRoleGroup(s)) &&
  s.roles.scope === selectAnalysisScope(s)
    ? s.roles.counts
    : null;

const lookupMemo = memoLast(
  (graph: GraphModel, metrics: MetricValues | null) => (token: string) => {
    const measure = measureFrom(token);
    return measure ? measureValues(graph, metrics, measure) : null;
  },
);
/** Looks measures up by token for the loaded graph and the metrics so far. */
export const selectMeasureLookup = (s: AppState) => lookupMemo(s.graph, selectMetrics(s));

/** Nodes and edges passing the filters. */
export const selectFiltered = (s: AppState): VisibleSet =>
  // Metrics arrive in batches; only filters over a metric need to see each one.
  filteredMemo(
    s.graph,
    s.filters,
    selectTimeView(s)?.hidden ?? null,
    [...s.filters.ranges.keys()].some((t) => t.startsWith('metric:'))
      ? selectMeasureLookup(s)
      : s.filters.ranges.size
        ? lookupMemo(s.graph, null)
        : null,
  );

/** The paths found for the current question, once the worker has answered, or null. */
export const selectPaths = (s: AppState): readonly Path[] | null =>
  s.paths &&
  s.paths.graph === s.graph &&
  s.paths.query === s.pathQuery &&
  s.paths.scope === selectAnalysisScope(s)
    ? s.paths.paths
    : null;

function pathSetOf(graph: GraphModel, paths: readonly Path[] | null): VisibleSet | null {
  if (!paths?.length) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const p of paths) {
    for (const i of p.nodes) nodes.add(graph.nodes[i]?.id ?? '');
    for (const k of p.edges) edges.add(graph.edges[k]?.id ?? '');
  }
  return { nodes, edges };
}
const pathSetMemo = memoLast(pathSetOf);
/** The nodes and edges on the paths found, or null. */
export const selectPathSet = (s: AppState): VisibleSet | null =>
  pathSetMemo(s.graph, selectPaths(s));
const chosenMemo = memoLast((graph: GraphModel, paths: readonly Path[] | null, chosen: number) => {
  const path = paths?.[chosen] ?? paths?.[0];
  return path ? pathSetOf(graph, [path]) : null;
});
/** The nodes and edges of the path the user chose among those found (the first at first). */
export const selectChosenPathSet = (s: AppState): VisibleSet | null =>
  chosenMemo(s.graph, selectPaths(s), s.chosenPath);
/** What the canvas and the list show (filters, then focus mode). */
export const selectShown = (s: AppState): VisibleSet =>
  shownMemo(s.graph, selectFiltered(s), s.selection, s.focusDepth, s.focusOnly);
/** What is emphasised: the paths found, else the neighbourhood of the selection, or null. */
export const selectHighlight = (s: AppState): VisibleSet | null =>
  selectPathSet(s) ?? highlightMemo(s.graph, s.selection, s.focusDepth, selectShown(s));
/** Node counts per sector for the filter list. */
export const selectSectorCounts = (s: AppState): ReadonlyMap<string, number> =>
  countsMemo(s.graph, s.filters);
/** The graph with every node where it is drawn now: what is stored and exported. */
export const selectPlacedGraph = (s: AppState): GraphModel => placedMemo(s.graph, s.positions);

/** The metric a choice of look needs, if any. */
function metricOf(choice: Appearance['size'] | Appearance['colour']): keyof MetricValues | null {
  if (!choice) return null;
  if (choice.kind === 'metric') return choice.name;
  return choice.kind === 'community' ? 'community' : null;
}
const appearanceMemo = memoLast(
  (
    graph: GraphModel,
    appearance: Appearance,
    sizeValues: Float64Array | undefined,
    colourValues: Float64Array | undefined,
  ) => {
    const metrics: MetricValues = {};
    const size = metricOf(appearance.size);
    const colour = metricOf(appearance.colour);
    if (size && sizeValues) metrics[size] = sizeValues;
    if (colour && colourValues) metrics[colour] = colourValues;
    return appearanceOf(graph, metrics, appearance);
  },
);
/**
 * The look the user chose, per node, and its legends. Recomputed only when a metric it uses
 * arrives, not on every batch of others.
 */
export const selectAppearance = (s: AppState): AppearanceResult => {
  const metrics = selectMetrics(s);
  const size = metricOf(s.appearance.size);
  const colour = metricOf(s.appearance.colour);
  return appearanceMemo(
    s.graph,
    s.appearance,
    size ? metrics?.[size] : undefined,
    colour ? metrics?.[colour] : undefined,
  );
};
