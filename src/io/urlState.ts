import { NO_SECTOR, type Filters } from '../graph/filters';
import type { GraphModel } from '../graph/model';
import {
  FOCUS_DEPTHS,
  INITIAL_VIEW,
  initialLayoutFor,
  layoutsFor,
  type FocusDepth,
  type GraphView,
  type LayoutName,
  type Selection,
  type Viewport,
  ZOOM_RANGE,
} from '../graph/view';
import { LANGUAGES, type Lang } from '../i18n/strings';
import { NODE_TYPES, type NodeType } from '../schema/graphFile';
import { escapeItem, viewItems } from '../schema/storyView';
import { clip } from '../schema/text';
import type { AppState } from '../store/types';
import type { Notice } from '../store/viewSlice';
import {
  ANALYSIS_PARAMS,
  decodeAnalysis,
  decodeFilterExtras,
  encodeAnalysis,
  encodeFilterExtras,
  FILTER_EXTRA_PARAMS,
  type UrlAnalysis,
} from './urlAnalysis';
import { decodeTime, encodeTime, TIME_PARAMS, type UrlTime } from './urlTime';

/** The part of the state a shared link carries: the view of the graph, and the language. */
export interface UrlView extends GraphView, UrlAnalysis, UrlTime {
  readonly lang: Lang | null;
}

export type UrlNotice = Omit<Notice, 'id'>;

/** The view the state shows, as a link carries it. */
export function viewOfState(s: AppState): UrlView {
  return {
    selection: s.selection,
    focusDepth: s.focusDepth,
    focusOnly: s.focusOnly,
    filters: s.filters,
    layout: s.layout,
    fileLook: s.fileLook,
    viewport: s.viewport,
    lang: s.lang,
    pathQuery: s.pathQuery,
    appearance: s.appearance,
    roleGroup: s.roleGroup,
    tierBy: s.tierBy,
    ringBy: s.ringBy,
    scatterX: s.scatterX,
    scatterY: s.scatterY,
    reading: s.reading,
    asOf: s.asOf,
    absent: s.absent,
    undated: s.undated,
    analyseAsOf: s.analyseAsOf,
  };
}

/** Parameters this module owns; others (such as `data`) are left alone. */
export const VIEW_PARAMS = [
  'node',
  'edge',
  'depth',
  'focus',
  'sectors',
  'types',
  'relations',
  'isolated',
  'layout',
  'look',
  'lang',
  'view',
  ...ANALYSIS_PARAMS,
  ...FILTER_EXTRA_PARAMS,
  ...TIME_PARAMS,
] as const;

function encodeShown(all: readonly string[], hidden: ReadonlySet<string>): string | null {
  if (hidden.size === 0) return null;
  return all
    .filter((id) => !hidden.has(id))
    .map(escapeItem)
    .join(',');
}

/**
 * Writes a view as query parameters, leaving out what is at its default so links stay short.
 * In: the view and the graph (for the full lists). Out: parameters in a fixed order.
 */
export function encodeView(view: UrlView, graph: GraphModel): URLSearchParams {
  const p = new URLSearchParams();
  if (view.selection) p.set(view.selection.kind, view.selection.id);
  if (view.focusDepth !== INITIAL_VIEW.focusDepth) p.set('depth', String(view.focusDepth));
  if (view.focusOnly) p.set('focus', 'only');
  const sectors = encodeShown([...graph.sectors.keys(), NO_SECTOR], view.filters.hiddenSectors);
  if (sectors !== null) p.set('sectors', sectors);
  const types = encodeShown(NODE_TYPES, view.filters.hiddenTypes);
  if (types !== null) p.set('types', types);
  const relations = encodeShown([...graph.relations.keys()], view.filters.hiddenRelations);
  if (relations !== null) p.set('relations', relations);
  if (view.filters.hideIsolated) p.set('isolated', 'hide');
  encodeFilterExtras(view.filters.ranges, view.filters.hiddenValues, p);
  encodeAnalysis(view, p);
  encodeTime(view, p);
  if (view.layout !== initialLayoutFor(graph)) p.set('layout', view.layout);
  if (view.fileLook !== INITIAL_VIEW.fileLook) p.set('look', 'app');
  if (view.lang) p.set('lang', view.lang);
  if (view.viewport) p.set('view', encodeViewport(view.viewport));
  return p;
}

/** A frame as `zoom,x,y`: zoom to three places, the centre to a tenth of a unit. */
function encodeViewport(v: Viewport): string {
  const r = (n: number, places: number) => String(Number(n.toFixed(places)));
  return `${r(v.zoom, 3)},${r(v.x, 1)},${r(v.y, 1)}`;
}

/** A frame from `zoom,x,y`, or null when it is not three finite numbers in range. */
function decodeViewport(raw: string): Viewport | null {
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [zoom, x, y] = parts.map(Number);
  if (zoom === undefined || x === undefined || y === undefined) return null;
  if (![zoom, x, y].every(Number.isFinite)) return null;
  if (zoom < ZOOM_RANGE.min || zoom > ZOOM_RANGE.max) return null;
  return { zoom, x, y };
}

function oneOf<T extends string | number>(options: readonly T[], value: string): T | undefined {
  return options.find((o) => String(o) === value);
}

function decodeShown<T extends string>(
  param: string,
  raw: string,
  all: readonly T[],
  notices: UrlNotice[],
): ReadonlySet<T> {
  const listed = viewItems(raw);
  const known = new Set<string>(all);
  const unknown = listed.filter((id) => !known.has(id));
  const shown = listed.filter((id) => known.has(id));
  if (unknown.length)
    notices.push({
      key: 'notice.unknownIds',
      params: {
        param,
        ids: unknown
          .slice(0, 5)
          .map((id) => clip(id, 60))
          .join(', '),
      },
    });
  // Ignored means ignored: a list naming nothing this graph has hides nothing, rather than
  // everything; a mixed list shows the ones it names.
  if (listed.length > 0 && shown.length === 0) return new Set();
  const keep = new Set(shown);
  return new Set(all.filter((id) => !keep.has(id)));
}

/**
 * Reads a view from query parameters, piece by piece: a bad or stale piece falls back to its
 * default and adds a notice; the rest still applies. In: parameters and the loaded graph.
 * Out: a complete view and the notices. Never throws.
 */
export function decodeView(
  params: URLSearchParams,
  graph: GraphModel,
): { view: UrlView; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const bad = (param: string, value: string) =>
    notices.push({ key: 'notice.badValue', params: { param, value: clip(value, 60) } });

  let selection: Selection | null = INITIAL_VIEW.selection;
  const node = params.get('node');
  const edge = params.get('edge');
  if (node !== null) {
    if (graph.nodeById.has(node)) selection = { kind: 'node', id: node };
    else notices.push({ key: 'notice.unknownSelection', params: { id: clip(node, 60) } });
  } else if (edge !== null) {
    if (graph.edgeById.has(edge)) selection = { kind: 'edge', id: edge };
    else notices.push({ key: 'notice.unknownSelection', params: { id: clip(edge, 60) } });
  }

  let focusDepth: FocusDepth = INITIAL_VIEW.focusDepth;
  const depth = params.get('depth');
  if (depth !== null) {
    const d = oneOf(FOCUS_DEPTHS, depth);
    if (d) focusDepth = d;
    else bad('depth', depth);
  }

  const focus = params.get('focus');
  if (focus !== null && focus !== 'only') bad('focus', focus);

  const sectors = params.get('sectors');
  const types = params.get('types');
  const relations = params.get('relations');
  const isolated = params.get('isolated');
  if (isolated !== null && isolated !== 'hide') bad('isolated', isolated);
  const start = INITIAL_VIEW.filters;
  const filters: Filters = {
    hiddenSectors:
      sectors === null
        ? start.hiddenSectors
        : decodeShown('sectors', sectors, [...graph.sectors.keys(), NO_SECTOR], notices),
    hiddenTypes:
      types === null
        ? start.hiddenTypes
        : decodeShown<NodeType>('types', types, NODE_TYPES, notices),
    hiddenRelations:
      relations === null
        ? start.hiddenRelations
        : decodeShown('relations', relations, [...graph.relations.keys()], notices),
    hideIsolated: isolated === null ? start.hideIsolated : isolated === 'hide',
    ...decodeFilterExtras(params, graph, notices),
  };
  const analysis = decodeAnalysis(params, graph, notices);
  const time = decodeTime(params, notices);

  let layout: LayoutName = initialLayoutFor(graph);
  const layoutParam = params.get('layout');
  if (layoutParam !== null) {
    const l = oneOf(layoutsFor(graph), layoutParam);
    if (l) layout = l;
    else bad('layout', layoutParam);
  }

  const look = params.get('look');
  if (look !== null && look !== 'app') bad('look', look);

  let lang: Lang | null = null;
  const langParam = params.get('lang');
  if (langParam !== null) {
    const l = oneOf(LANGUAGES, langParam);
    if (l) lang = l;
    else bad('lang', langParam);
  }

  let viewport: Viewport | null = INITIAL_VIEW.viewport;
  const viewParam = params.get('view');
  if (viewParam !== null) {
    viewport = decodeViewport(viewParam);
    if (!viewport) bad('view', viewParam);
  }

  return {
    view: {
      viewport,
      selection,
      focusDepth,
      focusOnly: focus === null ? INITIAL_VIEW.focusOnly : focus === 'only',
      filters,
      layout,
      fileLook: look === 'app' ? false : INITIAL_VIEW.fileLook,
      lang,
      ...analysis,
      ...time,
    },
    notices,
  };
}
