import type { MetricValues } from '../graph/analysis/metricNames';
import { extentOf, groupsOf, measureValues } from '../graph/analysis/values';
import type { Appearance, ColourBy, Measure } from '../graph/analysis/view';
import type { GraphModel } from '../graph/model';
import { sectorColor } from './palette';

/** Distinct fills for categories, in order; what does not fit shares {@link OTHER}. */
const CATEGORY_COLOURS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#393b79',
  '#637939',
];
/** The fill of categories past the palette, and of nodes without a value. */
export const OTHER = '#a8a29e';
export const NO_VALUE = '#e2e8f0';
/** The ends of the scale a measure colours along. */
export const SCALE = ['#dbeafe', '#1e3a8a'] as const;
/** The sizes a measure maps to, in pixels. */
export const SIZE_RANGE = [18, 72] as const;
export const SIZE_NO_VALUE = 12;

/** One entry of a colour legend: a group's name (as data, localised by the legend) and fill. */
export type LegendName =
  | { readonly kind: 'community'; readonly n: number }
  | { readonly kind: 'sector'; readonly id: string }
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'other' }
  | { readonly kind: 'none' };

export interface ColourLegend {
  readonly by: ColourBy;
  readonly entries: readonly {
    readonly name: LegendName;
    readonly colour: string;
    readonly count: number;
  }[];
  /** For a measure: the range its scale spans. */
  readonly scale: { readonly min: number; readonly max: number } | null;
}

export interface SizeLegend {
  readonly by: Measure;
  readonly min: number;
  readonly max: number;
}

/** Per node (by index): a fill and a size, or null for the default look; and their legends. */
export interface AppearanceResult {
  readonly colours: readonly (string | null)[] | null;
  readonly sizes: Float64Array | null;
  readonly colourLegend: ColourLegend | null;
  readonly sizeLegend: SizeLegend | null;
  /** A choice waits for metrics still computing. */
  readonly waiting: boolean;
}

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');
/** The colour a fraction (0..1) of the way along the scale. */
export function scaleColour(t: number): string {
  const [a, b] = SCALE.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  return `#${[0, 1, 2].map((i) => hex(a![i]! + (b![i]! - a![i]!) * t)).join('')}`;
}

function byMeasure(
  values: Float64Array,
  by: Measure,
): Pick<AppearanceResult, 'colours' | 'colourLegend'> {
  const range = extentOf(values);
  const colours = Array.from(values, (v) =>
    !Number.isFinite(v) || !range
      ? NO_VALUE
      : scaleColour(range.max > range.min ? (v - range.min) / (range.max - range.min) : 1),
  );
  return { colours, colourLegend: { by, entries: [], scale: range } };
}

function byGroup(
  graph: GraphModel,
  metrics: MetricValues | null,
  by: Exclude<ColourBy, Measure>,
): Pick<AppearanceResult, 'colours' | 'colourLegend'> | null {
  const groups = groupsOf(graph, metrics, by);
  if (!groups) return null;
  const counts = new Map<number, number>();
  for (const g of groups.group) counts.set(g, (counts.get(g) ?? 0) + 1);
  // Communities and values are coloured biggest first; sectors keep their own colours.
  const order = [...counts.keys()]
    .filter((g) => g >= 0)
    .sort((a, b) => (by.kind === 'sector' ? a - b : counts.get(b)! - counts.get(a)! || a - b));
  const sectorIds = [...graph.sectors.keys()];
  const colourOf = new Map<number, string>();
  order.forEach((g, rank) => {
    if (by.kind === 'sector') {
      const id = groups.names[g]!;
      const sector = graph.sectors.get(id);
      colourOf.set(g, sectorColor(sector?.color, sectorIds.indexOf(id)));
    } else colourOf.set(g, CATEGORY_COLOURS[rank] ?? OTHER);
  });
  const entries: { name: LegendName; colour: string; count: number }[] = [];
  let other = 0;
  for (const g of order) {
    const colour = colourOf.get(g)!;
    if (colour === OTHER && by.kind !== 'sector') {
      other += counts.get(g)!;
      continue;
    }
    const name: LegendName =
      by.kind === 'community'
        ? { kind: 'community', n: g + 1 }
        : by.kind === 'sector'
          ? { kind: 'sector', id: groups.names[g]! }
          : { kind: 'value', value: groups.names[g]! };
    entries.push({ name, colour, count: counts.get(g)! });
  }
  if (other) entries.push({ name: { kind: 'other' }, colour: OTHER, count: other });
  const none = counts.get(-1);
  if (none) entries.push({ name: { kind: 'none' }, colour: NO_VALUE, count: none });
  const colours = Array.from(groups.group, (g) => (g < 0 ? NO_VALUE : colourOf.get(g)!));
  return { colours, colourLegend: { by, entries, scale: null } };
}

/**
 * What the chosen appearance draws: a fill and a size per node, and the legends that explain
 * them. In: the graph, the metrics so far, the choice. A choice over a metric not computed yet
 * draws the default look and says it is waiting.
 */
export function appearanceOf(
  graph: GraphModel,
  metrics: MetricValues | null,
  appearance: Appearance,
): AppearanceResult {
  let waiting = false;
  let sizes: Float64Array | null = null;
  let sizeLegend: SizeLegend | null = null;
  if (appearance.size) {
    const values = measureValues(graph, metrics, appearance.size);
    if (!values) waiting = true;
    else {
      const range = extentOf(values);
      const [lo, hi] = SIZE_RANGE;
      sizes = Float64Array.from(values, (v) =>
        !Number.isFinite(v) || !range
          ? SIZE_NO_VALUE
          : range.max > range.min
            ? lo + ((hi - lo) * (v - range.min)) / (range.max - range.min)
            : (lo + hi) / 2,
      );
      sizeLegend = range ? { by: appearance.size, ...range } : null;
    }
  }
  let colouring: Pick<AppearanceResult, 'colours' | 'colourLegend'> | null = null;
  const by = appearance.colour;
  if (by) {
    if (by.kind === 'metric' || by.kind === 'attribute') {
      const values = measureValues(graph, metrics, by);
      colouring = values ? byMeasure(values, by) : null;
    } else colouring = byGroup(graph, metrics, by);
    if (!colouring) waiting = true;
  }
  return {
    colours: colouring?.colours ?? null,
    colourLegend: colouring?.colourLegend ?? null,
    sizes,
    sizeLegend,
    waiting,
  };
}
