import type { RoleCounts } from '../graph/analysis/brokerage';
import type { MetricValues } from '../graph/analysis/metricNames';
import type { Path } from '../graph/analysis/paths';
import {
  DEFAULT_APPEARANCE,
  tokenOf,
  type Appearance,
  type ColourBy,
  type GroupBy,
  type Measure,
  type PathQuery,
} from '../graph/analysis/view';
import { informativeGroup } from '../graph/analysis/values';
import type { GraphModel } from '../graph/model';
import type { SliceCreator } from './types';

/** The side panel's pages. */
export const PANELS = [
  'details',
  'paths',
  'insights',
  'sources',
  'events',
  'stories',
  'appearance',
] as const;
export type Panel = (typeof PANELS)[number];

/** Metrics for one graph, as far as the worker has got (`done` from 0 to 1). */
export interface MetricsState {
  readonly graph: GraphModel;
  readonly values: MetricValues;
  readonly done: number;
  readonly failed: boolean;
  /** Whether betweenness and closeness are estimates from sampled sources. */
  readonly estimated: boolean;
  /** What part of the graph they count: '' for all of it, else an as-of view's. */
  readonly scope: string;
}

/** Paths found for one query on one graph; null paths while the worker searches. */
export interface PathsState {
  readonly graph: GraphModel;
  readonly query: PathQuery;
  readonly paths: readonly Path[] | null;
  readonly failed: boolean;
  readonly scope: string;
}

/** Broker role counts for one graph and grouping. */
export interface RolesState {
  readonly graph: GraphModel;
  readonly group: string;
  readonly counts: RoleCounts;
  readonly scope: string;
}

export interface AnalysisSlice {
  readonly metrics: MetricsState | null;
  /** The user asked for exact betweenness and closeness on a graph where they are estimated. */
  readonly exactMetrics: boolean;
  readonly pathQuery: PathQuery | null;
  readonly paths: PathsState | null;
  /** Which of the paths found is drawn strong (the others faint), by its place in the answer. */
  readonly chosenPath: number;
  readonly appearance: Appearance;
  /** The grouping broker roles use, as the user chose it; null: {@link selectRoleGroup}'s. */
  readonly roleGroup: GroupBy | null;
  readonly roles: RolesState | null;
  readonly table: 'nodes' | 'edges' | null;
  readonly panel: Panel;
  /** Asks for the paths between two nodes (shown on the canvas and in the paths panel). */
  findPaths: (query: PathQuery) => void;
  clearPaths: () => void;
  choosePath: (index: number) => void;
  receiveMetrics: (
    graph: GraphModel,
    values: MetricValues,
    done: number,
    estimated?: boolean,
    scope?: string,
  ) => void;
  /** Computes betweenness and closeness exactly where they were estimated. */
  computeExactMetrics: () => void;
  failMetrics: (graph: GraphModel, scope?: string) => void;
  receivePaths: (
    graph: GraphModel,
    query: PathQuery,
    paths: readonly Path[] | null,
    failed?: boolean,
    scope?: string,
  ) => void;
  receiveRoles: (graph: GraphModel, group: string, counts: RoleCounts, scope?: string) => void;
  sizeBy: (measure: Measure | null) => void;
  colourBy: (colour: ColourBy | null) => void;
  resetAppearance: () => void;
  groupRolesBy: (group: GroupBy) => void;
  openTable: (table: 'nodes' | 'edges' | null) => void;
  showPanel: (panel: Panel) => void;
}

/** What a graph opens with: no paths, the default look; metrics come from the worker. */
export const initialAnalysis = {
  exactMetrics: false,
  pathQuery: null,
  paths: null,
  chosenPath: 0,
  appearance: DEFAULT_APPEARANCE,
  roles: null,
} as const;

export const createAnalysisSlice: SliceCreator<AnalysisSlice> = (set, get) => ({
  ...initialAnalysis,
  metrics: null,
  roleGroup: null,
  table: null,
  panel: 'details',
  findPaths: (query) => {
    const { nodeById } = get().graph;
    if (!nodeById.has(query.from) || !nodeById.has(query.to)) return;
    set({ pathQuery: query, chosenPath: 0, panel: 'paths', sheet: 'side' });
  },
  clearPaths: () => set({ pathQuery: null, paths: null, chosenPath: 0 }),
  choosePath: (index) => set({ chosenPath: Math.max(0, Math.floor(index)) }),
  receiveMetrics: (graph, values, done, estimated = false, scope = '') => {
    const was = get().metrics;
    const same = was?.graph === graph && was.scope === scope;
    const kept = same ? was.values : {};
    // Progress alone keeps the values' identity: nothing that reads them computes again.
    const next = Object.keys(values).length ? { ...kept, ...values } : kept;
    // Estimates already shown stay marked so until the exact values replace them.
    const marked = estimated || (same && was.estimated && done < 1);
    set({ metrics: { graph, values: next, done, failed: false, estimated: marked, scope } });
  },
  computeExactMetrics: () => set({ exactMetrics: true }),
  failMetrics: (graph, scope = '') => {
    const was = get().metrics;
    const same = was?.graph === graph && was.scope === scope;
    set({
      metrics: {
        graph,
        values: same ? was.values : {},
        done: same ? was.done : 0,
        failed: true,
        estimated: same && was.estimated,
        scope,
      },
    });
  },
  receivePaths: (graph, query, paths, failed = false, scope = '') => {
    // Only the answer to the question still asked, about the graph still loaded.
    if (get().graph !== graph || get().pathQuery !== query) return;
    set({ paths: { graph, query, paths, failed, scope } });
  },
  receiveRoles: (graph, group, counts, scope = '') => {
    const chosen = get().roleGroup ?? informativeGroup(graph);
    if (get().graph !== graph || tokenOf(chosen) !== group) return;
    set({ roles: { graph, group, counts, scope } });
  },
  sizeBy: (size) => set({ appearance: { ...get().appearance, size } }),
  colourBy: (colour) => set({ appearance: { ...get().appearance, colour } }),
  resetAppearance: () => set({ appearance: DEFAULT_APPEARANCE }),
  groupRolesBy: (roleGroup) => set({ roleGroup }),
  openTable: (table) => set({ table }),
  showPanel: (panel) => set({ panel }),
});
