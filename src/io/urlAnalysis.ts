import {
  colourFrom,
  DEFAULT_APPEARANCE,
  groupFrom,
  measureFrom,
  tokenOf,
  type Appearance,
  type GroupBy,
  type Measure,
  type PathQuery,
  type Range,
} from '../graph/analysis/view';
import type { GraphModel } from '../graph/model';
import { NODE_TYPES, type NodeType } from '../schema/graphFile';
import { escapeItem, unescapeItem } from '../schema/storyView';
import { clip } from '../schema/text';
import type { Reading } from '../store/sourcesSlice';
import type { Notice } from '../store/viewSlice';

type UrlNotice = Omit<Notice, 'id'>;

/** What a shared link carries of the analysis: the paths asked for, the look, broker groups. */
export interface UrlAnalysis {
  readonly pathQuery: PathQuery | null;
  readonly appearance: Appearance;
  /** Null: the grouping the graph suggests (not written to the link). */
  readonly roleGroup: GroupBy | null;
  /** What the tiers and rings layouts arrange by. */
  readonly tierBy: GroupBy;
  readonly ringBy: Measure;
  /** What a scatter places nodes by. */
  readonly scatterX: Measure;
  readonly scatterY: Measure;
  /** The source open in the reader, on a passage or at its start. */
  readonly reading: Reading | null;
}

export const DEFAULT_ROLE_GROUP: GroupBy | null = null;
export const DEFAULT_TIERS: GroupBy = Object.freeze({ kind: 'type' });
export const DEFAULT_RINGS: Measure = Object.freeze({ kind: 'metric', name: 'degree' });
export const DEFAULT_SCATTER: { readonly x: Measure; readonly y: Measure } = Object.freeze({
  x: Object.freeze({ kind: 'metric', name: 'degree' }),
  y: Object.freeze({ kind: 'metric', name: 'betweenness' }),
});

/** Parameters this module owns. */
export const ANALYSIS_PARAMS = [
  'path',
  'directed',
  'avoid',
  'size',
  'colour',
  'groups',
  'tiers',
  'rings',
  'across',
  'up',
  'read',
] as const;
/** Filter parameters this module owns (each may repeat, once per attribute). */
export const FILTER_EXTRA_PARAMS = ['range', 'hide'] as const;

// Unlike a list of shown ids, an empty value here is one empty item, which each reader refuses.
const items = (raw: string) => raw.split(',').map(unescapeItem);

/** Writes the analysis view, leaving defaults out. */
export function encodeAnalysis(view: UrlAnalysis, p: URLSearchParams): void {
  const q = view.pathQuery;
  if (q) {
    p.set('path', [q.from, q.to].map(escapeItem).join(','));
    if (q.directed) p.set('directed', 'yes');
    if (q.avoid.size) p.set('avoid', NODE_TYPES.filter((t) => q.avoid.has(t)).join(','));
  }
  if (view.appearance.size) p.set('size', tokenOf(view.appearance.size));
  if (view.appearance.colour) p.set('colour', tokenOf(view.appearance.colour));
  if (view.roleGroup !== null) p.set('groups', tokenOf(view.roleGroup));
  if (tokenOf(view.tierBy) !== tokenOf(DEFAULT_TIERS)) p.set('tiers', tokenOf(view.tierBy));
  if (tokenOf(view.ringBy) !== tokenOf(DEFAULT_RINGS)) p.set('rings', tokenOf(view.ringBy));
  if (tokenOf(view.scatterX) !== tokenOf(DEFAULT_SCATTER.x))
    p.set('across', tokenOf(view.scatterX));
  if (tokenOf(view.scatterY) !== tokenOf(DEFAULT_SCATTER.y)) p.set('up', tokenOf(view.scatterY));
  const r = view.reading;
  if (r)
    p.set(
      'read',
      (r.cite ? [r.source, r.cite.edge, String(r.cite.index)] : [r.source])
        .map(escapeItem)
        .join(','),
    );
}

/** A source to read from a link: one the graph has, on a piece of evidence that cites it. */
function decodeReading(raw: string, graph: GraphModel, bad: () => void): Reading | null {
  const [source, edge, index, ...rest] = items(raw);
  if (source === undefined || rest.length || !graph.sources.has(source)) return (void bad(), null);
  if (edge === undefined) return { source, cite: null };
  const at = Number(index);
  const cited = graph.edgeById.get(edge)?.provenance[at];
  if (!Number.isInteger(at) || cited?.source !== source) return (void bad(), null);
  return { source, cite: { edge, index: at } };
}

/** Writes ranges and switched-off attribute values, one parameter per measure or attribute. */
export function encodeFilterExtras(
  ranges: ReadonlyMap<string, Range>,
  hiddenValues: ReadonlyMap<string, ReadonlySet<string>>,
  p: URLSearchParams,
): void {
  for (const [token, r] of ranges) p.append('range', `${escapeItem(token)},${r.min},${r.max}`);
  for (const [key, hidden] of hiddenValues)
    if (hidden.size) p.append('hide', [key, ...hidden].map(escapeItem).join(','));
}

/**
 * Reads the analysis view. A bad or stale piece falls back to its default with a notice; an
 * attribute the graph does not have is kept out. Never throws.
 */
export function decodeAnalysis(
  params: URLSearchParams,
  graph: GraphModel,
  notices: UrlNotice[],
): UrlAnalysis {
  const bad = (param: string, value: string) =>
    notices.push({ key: 'notice.badValue', params: { param, value: clip(value, 60) } });
  const hasAttribute = (key: string) => graph.nodes.some((n) => n.attributes?.[key] !== undefined);
  const known = (token: string) => {
    const m = measureFrom(token) ?? colourFrom(token) ?? groupFrom(token);
    if (!m) return false;
    return !('key' in m) || hasAttribute(m.key);
  };

  let pathQuery: PathQuery | null = null;
  const path = params.get('path');
  if (path !== null) {
    const [from, to, ...rest] = items(path);
    if (from === undefined || to === undefined || rest.length || from === to) bad('path', path);
    else if (!graph.nodeById.has(from) || !graph.nodeById.has(to))
      notices.push({
        key: 'notice.unknownSelection',
        params: { id: clip(graph.nodeById.has(from) ? to : from, 60) },
      });
    else {
      const avoidRaw = params.get('avoid');
      const avoid = new Set<NodeType>();
      for (const t of avoidRaw ? avoidRaw.split(',') : []) {
        const type = NODE_TYPES.find((x) => x === t);
        if (type) avoid.add(type);
        else bad('avoid', t);
      }
      const directed = params.get('directed');
      if (directed !== null && directed !== 'yes') bad('directed', directed);
      pathQuery = { from, to, directed: directed === 'yes', avoid };
    }
  }

  const size = params.get('size');
  const colour = params.get('colour');
  const sizeBy = size === null ? null : measureFrom(size);
  const colourBy = colour === null ? null : colourFrom(colour);
  if (size !== null && (!sizeBy || !known(size))) bad('size', size);
  if (colour !== null && (!colourBy || !known(colour))) bad('colour', colour);
  const appearance: Appearance = {
    size: sizeBy && size !== null && known(size) ? sizeBy : DEFAULT_APPEARANCE.size,
    colour: colourBy && colour !== null && known(colour) ? colourBy : DEFAULT_APPEARANCE.colour,
  };

  const groups = params.get('groups');
  const groupBy = groups === null ? null : groupFrom(groups);
  if (groups !== null && (!groupBy || !known(groups))) bad('groups', groups);
  const roleGroup = groupBy && groups !== null && known(groups) ? groupBy : DEFAULT_ROLE_GROUP;

  const tiers = params.get('tiers');
  const tierChoice = tiers === null ? null : groupFrom(tiers);
  if (tiers !== null && (!tierChoice || !known(tiers))) bad('tiers', tiers);
  const tierBy = tierChoice && tiers !== null && known(tiers) ? tierChoice : DEFAULT_TIERS;
  const rings = params.get('rings');
  const ringChoice = rings === null ? null : measureFrom(rings);
  if (rings !== null && (!ringChoice || !known(rings))) bad('rings', rings);
  const ringBy = ringChoice && rings !== null && known(rings) ? ringChoice : DEFAULT_RINGS;
  const axis = (param: 'across' | 'up', fallback: Measure): Measure => {
    const raw = params.get(param);
    const choice = raw === null ? null : measureFrom(raw);
    if (raw !== null && (!choice || !known(raw))) bad(param, raw);
    return choice && raw !== null && known(raw) ? choice : fallback;
  };
  const scatterX = axis('across', DEFAULT_SCATTER.x);
  const scatterY = axis('up', DEFAULT_SCATTER.y);
  const read = params.get('read');
  const reading = read === null ? null : decodeReading(read, graph, () => bad('read', read));
  return { pathQuery, appearance, roleGroup, tierBy, ringBy, scatterX, scatterY, reading };
}

/** Reads ranges and switched-off values; pieces naming nothing in the graph are left out. */
export function decodeFilterExtras(
  params: URLSearchParams,
  graph: GraphModel,
  notices: UrlNotice[],
): {
  ranges: ReadonlyMap<string, Range>;
  hiddenValues: ReadonlyMap<string, ReadonlySet<string>>;
} {
  const bad = (param: string, value: string) =>
    notices.push({ key: 'notice.badValue', params: { param, value: clip(value, 60) } });
  const hasAttribute = (key: string) => graph.nodes.some((n) => n.attributes?.[key] !== undefined);
  const ranges = new Map<string, Range>();
  for (const raw of params.getAll('range')) {
    const [token, minText, maxText, ...rest] = items(raw);
    const measure = token === undefined ? null : measureFrom(token);
    const [min, max] = [Number(minText), Number(maxText)];
    if (
      token === undefined ||
      !measure ||
      rest.length ||
      minText === '' ||
      maxText === '' ||
      Number.isNaN(min) ||
      Number.isNaN(max) ||
      min > max ||
      (measure.kind === 'attribute' && !hasAttribute(measure.key))
    )
      bad('range', raw);
    else ranges.set(token, { min, max });
  }
  const hiddenValues = new Map<string, ReadonlySet<string>>();
  for (const raw of params.getAll('hide')) {
    const [key, ...values] = items(raw);
    if (key === undefined || !values.length || !hasAttribute(key)) bad('hide', raw);
    else hiddenValues.set(key, new Set(values));
  }
  return { ranges, hiddenValues };
}
