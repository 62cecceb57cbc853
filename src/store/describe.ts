import { gridPlaceOf } from '../graph/assessments';
import { asOfDay } from '../graph/dates';
import { STANCES } from '../schema/graphFile';
import { STANCE_COLOURS } from '../theme/palette';
import { categoriesOf } from '../graph/analysis/columns';
import { measureFrom, type ColourBy } from '../graph/analysis/view';
import { NO_SECTOR } from '../graph/filters';
import {
  formatCount,
  localizedText,
  translate,
  type Lang,
  type MessageKey,
  type MessageParams,
} from '../i18n/strings';
import { NODE_TYPES } from '../schema/graphFile';
import { NODE_LOOK, relationColor, type NodeShape } from '../theme/palette';
import { NO_VALUE, SCALE, type LegendName } from '../theme/appearance';
import { selectAppearance, selectShown } from './derived';
import type { AppState } from './types';

const MAX_NAMES = 2;

/** An active filter as the chips and exported pictures name it; `key` says how to remove it. */
export interface FilterText {
  readonly key: string;
  readonly text: string;
}

const tr = (s: AppState) => (key: MessageKey, params?: MessageParams) =>
  translate(s.lang, key, params);

/** A measure's or colouring's name in the interface language. */
export function measureText(lang: Lang, by: ColourBy): string {
  switch (by.kind) {
    case 'metric':
      return translate(lang, `metric.${by.name}`);
    case 'community':
      return translate(lang, 'metric.community');
    case 'sector':
      return translate(lang, 'look.sector');
    default:
      return by.key;
  }
}

/** A number short enough for a chip or a legend: at most four significant digits. */
export function shortNumber(lang: Lang, x: number): string {
  return x.toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN', { maximumSignificantDigits: 4 });
}

/**
 * Every active filter as text, in the order the chips show them. Keys: `sectors`, `types`,
 * `relations`, `isolated`, `focus`, `range:<token>` and `values:<attribute>`.
 */
export function filterTexts(s: AppState): FilterText[] {
  const t = tr(s);
  const { graph, filters } = s;
  const loc = (text: Parameters<typeof localizedText>[0]) => localizedText(text, s.lang);
  const names = (list: string[]) =>
    !list.length
      ? t('filters.none')
      : list.length <= MAX_NAMES
        ? list.join(', ')
        : t('chip.andMore', {
            list: list.slice(0, MAX_NAMES).join(', '),
            count: list.length - MAX_NAMES,
          });
  const shown = <T extends string>(all: readonly T[], hidden: ReadonlySet<T>) =>
    all.filter((id) => !hidden.has(id));
  const out: FilterText[] = [];
  if (filters.hiddenSectors.size) {
    const ids = shown([...graph.sectors.keys(), NO_SECTOR], filters.hiddenSectors);
    const labels = ids.map((id) => {
      const sector = graph.sectors.get(id);
      return sector ? loc(sector.label) : t('filters.noSector');
    });
    out.push({ key: 'sectors', text: t('chip.sectors', { list: names(labels) }) });
  }
  if (filters.hiddenTypes.size) {
    const labels = shown(NODE_TYPES, filters.hiddenTypes).map((type) => t(`type.${type}`));
    out.push({ key: 'types', text: t('chip.types', { list: names(labels) }) });
  }
  if (filters.hiddenRelations.size) {
    const labels = shown([...graph.relations.keys()], filters.hiddenRelations).flatMap((id) => {
      const relation = graph.relations.get(id);
      return relation ? [loc(relation.label)] : [];
    });
    out.push({ key: 'relations', text: t('chip.relations', { list: names(labels) }) });
  }
  if (filters.hideIsolated) out.push({ key: 'isolated', text: t('chip.isolated') });
  for (const [token, range] of filters.ranges) {
    const measure = measureFrom(token);
    if (!measure) continue;
    out.push({
      key: `range:${token}`,
      text: t('chip.range', {
        name: measureText(s.lang, measure),
        min: shortNumber(s.lang, range.min),
        max: shortNumber(s.lang, range.max),
      }),
    });
  }
  for (const [key, hidden] of filters.hiddenValues) {
    const values = new Set(graph.nodes.flatMap((n) => categoriesOf(n, key)));
    const kept = [...values]
      .filter((v) => !hidden.has(v))
      .map((v) => (v === '' ? t('filters.noValue') : v));
    out.push({ key: `values:${key}`, text: t('chip.values', { name: key, list: names(kept) }) });
  }
  if (s.focusOnly) out.push({ key: 'focus', text: t('chip.focus') });
  return out;
}

/** One line of a legend: a swatch (a node shape, or a plain fill) and its text. */
export interface LegendItem {
  readonly text: string;
  readonly colour: string;
  /** A node's shape, a square of fill, or a stroke of an edge's colour. */
  readonly shape: NodeShape | 'swatch' | 'line';
}

export interface LegendSection {
  readonly heading: string;
  readonly items: readonly LegendItem[];
}

/** The legend, in the interface language: what the screen shows and the pictures carry. */
export interface LegendModel {
  readonly title: string;
  readonly sections: readonly LegendSection[];
  readonly notes: readonly string[];
}

function nameOf(s: AppState, name: LegendName): string {
  const t = tr(s);
  switch (name.kind) {
    case 'community':
      return t('legend.community', { n: formatCount(s.lang, name.n) });
    case 'sector': {
      const sector = s.graph.sectors.get(name.id);
      return sector ? localizedText(sector.label, s.lang) : name.id;
    }
    case 'value':
      return name.value;
    case 'other':
      return t('legend.other');
    case 'none':
      return t('legend.none');
  }
}

/** Relations listed in the legend at most; the Relations filter lists them all. */
const MAX_RELATIONS = 12;

/**
 * The relations of the shown edges, each with the colour its lines are drawn in, in the
 * file's order; past {@link MAX_RELATIONS}, one line says how many more.
 */
function relationItems(s: AppState): LegendItem[] {
  const shown = selectShown(s);
  const used = new Set<string>();
  for (const id of shown.edges) {
    const e = s.graph.edgeById.get(id);
    if (e) used.add(e.relation);
  }
  const items: LegendItem[] = [];
  let i = 0;
  for (const relation of s.graph.relations.values()) {
    if (used.has(relation.id))
      items.push({
        text: localizedText(relation.label, s.lang),
        colour: relationColor(i),
        shape: 'line',
      });
    i++;
  }
  if (items.length <= MAX_RELATIONS) return items;
  const more = items.length - MAX_RELATIONS + 1;
  return [
    ...items.slice(0, MAX_RELATIONS - 1),
    {
      text: translate(s.lang, 'legend.moreRelations', { count: formatCount(s.lang, more) }),
      colour: '#94a3b8',
      shape: 'line',
    },
  ];
}

/**
 * The legend for the state: the node types (shapes), the chosen fill and size with their
 * scales, the paths on show and the active filters.
 */
export function legendOf(s: AppState): LegendModel {
  const t = tr(s);
  const look = selectAppearance(s);
  const sections: LegendSection[] = [
    {
      heading: t(look.colours ? 'legend.typesShape' : 'legend.types'),
      items: NODE_TYPES.filter((type) => s.graph.nodesByType.has(type)).map((type) => ({
        text: t(`type.${type}`),
        colour: look.colours ? '#94a3b8' : NODE_LOOK[type].color,
        shape: NODE_LOOK[type].shape,
      })),
    },
  ];
  const colour = look.colourLegend;
  if (colour) {
    const items: LegendItem[] = colour.scale
      ? [
          {
            text: t('legend.scale', {
              min: shortNumber(s.lang, colour.scale.min),
              max: shortNumber(s.lang, colour.scale.max),
            }),
            colour: SCALE[1],
            shape: 'swatch',
          },
          { text: t('legend.none'), colour: NO_VALUE, shape: 'swatch' },
        ]
      : colour.entries.map((e) => ({
          text: `${nameOf(s, e.name)} (${formatCount(s.lang, e.count)})`,
          colour: e.colour,
          shape: 'swatch',
        }));
    sections.push({
      heading: t('legend.colourBy', { name: measureText(s.lang, colour.by) }),
      items,
    });
  }
  // Read from the assessments themselves, not the grid's plan: the legend is on every page,
  // the plan's geometry only where the grid is shown.
  const counts = new Map<string, number>();
  if (s.layout === 'powerinterest') {
    const day = asOfDay(s.asOf);
    for (const node of s.graph.nodes) {
      const place = gridPlaceOf(node, day);
      if (place) counts.set(place.stance, (counts.get(place.stance) ?? 0) + 1);
    }
  }
  if (counts.size) {
    sections.push({
      heading: t('legend.stance'),
      items: STANCES.filter((st) => counts.has(st)).map((st) => ({
        text: `${t(`stance.${st}`)} (${formatCount(s.lang, counts.get(st) ?? 0)})`,
        colour: STANCE_COLOURS[st],
        shape: 'swatch',
      })),
    });
  }
  const relations = relationItems(s);
  if (relations.length) sections.push({ heading: t('legend.relations'), items: relations });
  const notes: string[] = [];
  const size = look.sizeLegend;
  if (size)
    notes.push(
      t('legend.sizeBy', {
        name: measureText(s.lang, size.by),
        min: shortNumber(s.lang, size.min),
        max: shortNumber(s.lang, size.max),
      }),
    );
  if (look.waiting) notes.push(t('metrics.waiting'));
  if (!colour) notes.push(t('legend.sectorRing'));
  if (s.graph.nodesByType.has('meeting')) notes.push(t('legend.meetingHint'));
  const query = s.pathQuery;
  const from = query && s.graph.nodeById.get(query.from);
  const to = query && s.graph.nodeById.get(query.to);
  if (from && to)
    notes.push(
      t('legend.paths', {
        from: localizedText(from.label, s.lang),
        to: localizedText(to.label, s.lang),
      }),
    );
  const filters = filterTexts(s);
  if (filters.length)
    notes.push(t('legend.filters', { list: filters.map((f) => f.text).join('; ') }));
  return { title: localizedText(s.graph.meta.title, s.lang), sections, notes };
}
