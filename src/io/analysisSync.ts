import { NODE_TYPES } from '../schema/graphFile';
import { groupsOf } from '../graph/analysis/values';
import { tokenOf } from '../graph/analysis/view';
import { nodeIndexFor, selectMetrics, selectRoleGroup } from '../store/derived';
import { selectAnalysisCompact, selectAnalysisScope } from '../store/timeDerived';
import type { AppStore } from '../store/store';
import type { AppState } from '../store/types';
import type { Path } from '../graph/analysis/paths';
import { runAnalysis } from './analysisRunner';

/**
 * Keeps the analyses in step with the store: metrics for every graph loaded, paths for the
 * question asked, broker roles for the grouping chosen. Everything heavy runs in workers; the
 * answers come back through store actions, which drop stale ones. Returns a function that
 * stops it.
 */
/** How long editing rests before the metrics are computed again. */
const EDIT_PAUSE_MS = 800;

export function startAnalysisSync(store: AppStore): () => void {
  let cancelMetrics = () => {};
  let cancelPaths = () => {};
  let cancelRoles = () => {};

  const metrics = (s: AppState) => {
    cancelMetrics();
    const graph = s.graph;
    const scope = selectAnalysisScope(s);
    const job = {
      kind: 'metrics',
      id: 0,
      graph: selectAnalysisCompact(s).graph,
      exact: s.exactMetrics,
    } as const;
    cancelMetrics = runAnalysis(job, (reply) => {
      if (reply.kind === 'metrics')
        store.getState().receiveMetrics(graph, reply.values, reply.done, reply.estimated, scope);
      else if (reply.kind === 'failed') store.getState().failMetrics(graph, scope);
    });
  };

  const paths = (s: AppState) => {
    cancelPaths();
    const { graph, pathQuery: query } = s;
    if (!query) return;
    const index = nodeIndexFor(graph);
    const from = index.get(query.from);
    const to = index.get(query.to);
    if (from === undefined || to === undefined) return;
    const scope = selectAnalysisScope(s);
    const scoped = selectAnalysisCompact(s);
    store.getState().receivePaths(graph, query, null, false, scope);
    // A path's edges are indexes into the graph the worker got: back to the model's.
    const inModel = (paths: readonly Path[]) =>
      paths.map((p) => ({ ...p, edges: p.edges.map((k) => scoped.edgeIndex[k] ?? k) }));
    cancelPaths = runAnalysis(
      {
        kind: 'paths',
        id: 0,
        graph: scoped.graph,
        from,
        to,
        directed: query.directed,
        avoid: NODE_TYPES.flatMap((t, i) => (query.avoid.has(t) ? [i] : [])),
      },
      (reply) => {
        if (reply.kind === 'paths')
          store.getState().receivePaths(graph, query, inModel(reply.paths), false, scope);
        else if (reply.kind === 'failed')
          store.getState().receivePaths(graph, query, [], true, scope);
      },
    );
  };

  const roles = (s: AppState) => {
    const by = selectRoleGroup(s);
    const groups = groupsOf(s.graph, selectMetrics(s), by);
    if (!groups) return;
    cancelRoles();
    const { graph } = s;
    const token = tokenOf(by);
    const scope = selectAnalysisScope(s);
    cancelRoles = runAnalysis(
      { kind: 'roles', id: 0, graph: selectAnalysisCompact(s).graph, group: groups.group },
      (reply) => {
        if (reply.kind === 'roles')
          store.getState().receiveRoles(graph, token, reply.counts, scope);
      },
    );
  };

  const start = store.getState();
  metrics(start);
  paths(start);
  roles(start);
  // An edit starts the whole-graph metrics again only once editing pauses: a burst of edits
  // (typing, a drag, undo pressed repeatedly) is one computation, not one per step.
  let pause: ReturnType<typeof setTimeout> | null = null;
  const afterPause = () => {
    if (pause !== null) clearTimeout(pause);
    cancelMetrics();
    cancelRoles();
    pause = setTimeout(() => {
      pause = null;
      metrics(store.getState());
      roles(store.getState());
    }, EDIT_PAUSE_MS);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    const edited = s.graph !== prev.graph && s.dataSeq === prev.dataSeq;
    const rescoped = selectAnalysisScope(s) !== selectAnalysisScope(prev);
    if (edited) afterPause();
    else if (rescoped && s.graph === prev.graph) {
      // The view moved to another date: the answers for it, at once (each step of Play).
      if (pause === null) {
        metrics(s);
        roles(s);
      }
    } else if (s.graph !== prev.graph) {
      if (pause !== null) clearTimeout(pause);
      pause = null;
      metrics(s);
    } else if (s.exactMetrics && !prev.exactMetrics && pause === null) metrics(s);
    if (s.graph !== prev.graph || s.pathQuery !== prev.pathQuery || rescoped) paths(s);
    const communityArrived =
      selectRoleGroup(s).kind === 'community' &&
      selectMetrics(s)?.community !== undefined &&
      selectMetrics(prev)?.community === undefined;
    if (
      pause === null &&
      (s.graph !== prev.graph || s.roleGroup !== prev.roleGroup || communityArrived)
    )
      roles(s);
  });
  return () => {
    if (pause !== null) clearTimeout(pause);
    unsubscribe();
    cancelMetrics();
    cancelPaths();
    cancelRoles();
  };
}
