import type { analysisEn } from './analysisStrings';
import type { editEn } from './editStrings';
import type { panelEn } from './panelStrings';
import { guideEn } from './guideStrings';
import { screenEn } from './screenStrings';
import { shellEn } from './shellStrings';
import type { sourceEn } from './sourceStrings';
import type { storyEn } from './storyStrings';
import type { timeEn } from './timeStrings';

/**
 * The interface's own strings (beside the features' tables). Hindi (in hi/) must have every key
 * of every table: its type says so.
 */
const baseEn = {
  'app.title': 'Stakeholder Graph Explorer',
  'app.skipLinks': 'Skip to',
  'app.skipToSearch': 'Skip to search',
  'app.skipToCanvas': 'Skip to the graph',
  'app.skipToList': 'Skip to the node list',
  'app.skipToSide': 'Skip to the side panel',
  'lang.switch': 'हिन्दी',
  'lang.switchLabel': 'Switch the interface to Hindi',
  'lang.unavailable':
    'The Hindi interface could not be fetched (is the connection down?); it stays in English. Try the switch again.',
  'share.button': 'Copy link to this view',
  'share.copied': 'Link copied. Anyone opening it sees this view.',
  'share.failed': 'Could not copy. The address bar holds the link to this view.',
  'search.label': 'Search people, organisations and topics',
  'search.placeholder': 'Search in English or हिन्दी',
  'search.noResults': 'Nothing matches “{query}”.',
  'search.results': '{count} results',
  'search.matchedAlias': 'matched “{text}”',
  'filters.heading': 'Filters',
  'filters.none': 'None',
  'filters.noSector': 'No sector',
  'filters.clearAll': 'Clear all filters',
  'filters.active': 'Active filters',
  'chip.sectors': 'Sectors: {list}',
  'chip.types': 'Types: {list}',
  'chip.relations': 'Relations: {list}',
  'chip.isolated': 'Unconnected hidden',
  'chip.focus': 'Only the neighbourhood',
  'chip.remove': 'Remove filter: {name}',
  'chip.andMore': '{list} +{count}',
  'counts.summary': '{nodes} of {totalNodes} nodes · {edges} of {totalEdges} edges',
  'toolbar.label': 'Canvas controls',
  'toolbar.fastDrawing': 'Fast drawing (WebGL, experimental)',
  'canvas.noWebgl':
    'This browser has no WebGL 2 on a graphics processor (a software one draws slower than the usual drawing); the graph is drawn as before.',
  'toolbar.layout': 'Layout',
  'toolbar.fit': 'Fit',
  'toolbar.fitLabel': 'Fit the visible graph to the window',
  'toolbar.zoomIn': 'Zoom in',
  'toolbar.zoomOut': 'Zoom out',
  'toolbar.reset': 'Reset view',
  'toolbar.resetLabel': 'Reset zoom, filters and selection',
  'toolbar.rerun': 'Re-run layout',
  'toolbar.depth': 'Neighbourhood depth',
  'toolbar.focusOnly': 'Show only the neighbourhood',
  'toolbar.fileLook': 'Colours and sizes from the file',
  'layout.preset': 'As drawn in the file',
  'layout.fcose': 'Force-directed',
  'layout.concentric': 'Rings by a measure',
  'layout.breadthfirst': 'Tiers',
  'layout.circle': 'Circle',
  'layout.grid': 'Grid by type',
  'layout.progress': 'Laying out the graph: {percent}%',
  'layout.cancel': 'Stop layout',
  'layout.failed': 'The layout could not be computed; the nodes stay where they are.',
  'depth.option': '{count} hop',
  'depth.options': '{count} hops',
  'canvas.label':
    'Graph of {nodes} nodes and {edges} edges. The node list offers the same content.',
  'canvas.error': 'The graph drawing failed. The lists and details still work.',
  'canvas.retry': 'Try drawing again',
  'canvas.bundle': '{count} relations',
  'legend.heading': 'Legend',
  'legend.types': 'Node types (shape and fill)',
  'legend.sectorRing': 'Border colour: the node’s first sector',
  'legend.meetingHint': 'Meetings are large double-bordered diamonds',
  'details.close': 'Clear selection',
  'evidence.unknown': 'not stated',
  'notice.heading': 'Notices',
  'notice.dismiss': 'Dismiss',
  'type.person': 'Person',
  'type.government': 'Government body',
  'type.organisation': 'Organisation',
  'type.meeting': 'Meeting',
  'type.topic': 'Topic',
  'type.place': 'Place',
  'type.country': 'Country',
  'type.document': 'Document',
  'type.other': 'Other',
  'import.button': 'Open data…',
  'import.title':
    'Load your own graph: this app’s JSON, Cytoscape JSON (.json, .cyjs), GraphML, or a nodes CSV with an edges CSV',
  'import.drop': 'Drop a graph file here to load it',
  'import.loading': 'Loading {name}…',
  'format.stakeholder-graph': 'Stakeholder Graph JSON',
  'format.cytoscape-json': 'Cytoscape JSON',
  'format.csv': 'CSV',
  'format.graphml': 'GraphML',
  'format.gexf': 'GEXF (Gephi)',
  'format.node-link': 'node-link JSON (networkx, d3)',
  'import.loaded':
    'Loaded “{name}” ({format}): {nodes} nodes, {edges} edges. Filters and selection start afresh.',
  'origin.bundled': 'Data: {name}, shipped with the app',
  'origin.file': 'Data: your file {name} (shared links carry the view, not the file)',
  'origin.url': 'Data: {name}',
  'origin.backToShipped': 'Back to the shipped data set',
  'origin.kept.saving': 'keeping it in this browser…',
  'origin.kept.saved': 'kept in this browser',
  'origin.kept.failed': 'not kept in this browser',
  'fields.heading': 'Fields',
  'fields.label': 'labels',
  'fields.type': 'types',
  'fields.sectors': 'sectors',
  'fields.relation': 'relations',
  'fields.choose': 'Take {role} from',
  'fields.keep': '(as they are)',
  'fields.chosen':
    'The nodes’ {role} now come from “{name}”; what they were is kept under “… (before)”.',
  'import.restored':
    'Restored your data from your last visit: “{name}”, {nodes} nodes, {edges} edges.',
  'export.button': 'Export',
  'export.heading': 'Export what you see',
  'export.pngView': 'PNG: the view on screen',
  'export.pngWhole': 'PNG: the whole visible graph',
  'export.svg': 'SVG: the whole visible graph, as a vector',
  'export.json': 'JSON graph file of the filtered view',
  'export.csv': 'CSV: nodes and edges of the filtered view',
  'export.graphml': 'GraphML of the filtered view (yEd, Cytoscape, Gephi)',
  'export.gexf': 'GEXF of the filtered view (Gephi)',
  'label.englishOnly': '(EN)',
} as const;
// What the page says with its first picture comes with it; the features’ own text (about 7.5 KiB
// gzip) is fetched with their code (featureText.ts). tests/i18n/shownFirst.test.ts checks that
// nothing the page loads first asks for a feature's key.
const shownFirst = { ...baseEn, ...shellEn, ...screenEn, ...guideEn } as const;
type FeatureTable = typeof panelEn &
  typeof analysisEn &
  typeof editEn &
  typeof sourceEn &
  typeof storyEn &
  typeof timeEn;

export type MessageKey = keyof typeof shownFirst | keyof FeatureTable;
/** The keys whose English comes with the page; the others come with their feature's code. */
export type FirstKey = keyof typeof shownFirst;

export const LANGUAGES = ['en', 'hi'] as const;
export type Lang = (typeof LANGUAGES)[number];

export type Messages = Readonly<Record<MessageKey, string>>;

// English starts with what the first picture shows; another language's table is fetched whole
// when it is first chosen (a Hindi reader needs no English-only visitor to download it). Both
// grow through `addMessages`.
const tables: Partial<Record<Lang, Partial<Messages>>> = { en: shownFirst };

/** Adds fetched messages to a language's table. */
export function addMessages(lang: Lang, table: Partial<Messages>): void {
  tables[lang] = { ...tables[lang], ...table };
}

/** Whether a language's table is here, so the interface can switch to it at once. */
export function hasMessages(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

/** The English of the messages shown first, for wording made before any other is fetched. */
export const FIRST_EN: Readonly<Record<FirstKey, string>> = shownFirst;

/**
 * A message in a language, English until the language's own table has arrived. A feature's
 * message asked for before its text was fetched is a mistake of the page's (the feature's code
 * comes with its text): it is said in the console, where tests look, and shows as nothing.
 */
function message(lang: Lang, key: MessageKey): string {
  const text = tables[lang]?.[key] ?? tables.en?.[key];
  if (text !== undefined) return text;
  console.error(`The message “${key}” was asked for before its feature's text was fetched.`);
  return '';
}

/**
 * Values for a message's placeholders. A `{ term }` is itself a message, looked up in the same
 * language, so state can name a word (a format, say) without holding text.
 */
export type MessageParams = Readonly<
  Record<string, string | number | { readonly term: MessageKey }>
>;

/**
 * Looks up a message and fills `{name}` placeholders. In: language, key, parameters. Out: the
 * text; a placeholder without a parameter is left as written so the gap is visible, not blank.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = message(lang, key);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // Counts are grouped as the language writes them ("20,000 nodes", "20,000 नोड").
    if (typeof value === 'number') return formatCount(lang, value);
    return typeof value === 'object' ? message(lang, value.term) : value;
  });
}

/** Formats a number the way the language writes it (Devanagari text keeps Western digits). */
export function formatCount(lang: Lang, n: number): string {
  return COUNT_FORMATS[lang].format(n);
}
// Made once: toLocaleString builds a formatter on every call, which the canvas's thousands of
// bundle labels felt.
const COUNT_FORMATS: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-IN'),
  hi: new Intl.NumberFormat('hi-IN'),
};

const dateFormat = (locale: string, day: boolean) =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  });
const DATE_FORMATS: Record<Lang, { month: Intl.DateTimeFormat; day: Intl.DateTimeFormat }> = {
  en: { month: dateFormat('en-GB', false), day: dateFormat('en-GB', true) },
  hi: { month: dateFormat('hi-IN', false), day: dateFormat('hi-IN', true) },
};

/** A partial date (`2024`, `2024-05`, `2024-05-17`) as a reader of the language writes it. */
export function formatDate(lang: Lang, date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m || m[2] === undefined) return date;
  const when = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  return DATE_FORMATS[lang][m[3] === undefined ? 'month' : 'day'].format(when);
}

/**
 * Data text in a language. Hindi the data did not give is the English with a short marker, so a
 * reader never takes it for a translation. In: localized text and a language. Out: display text.
 */
export function localizedText(
  text: { readonly en: string; readonly hi: string; readonly hiMissing?: true },
  lang: Lang,
): string {
  // A name in a script of its own (Japanese, say) is not English: shown as it is, unmarked.
  return lang === 'hi' && text.hiMissing && isLatin(text.en)
    ? `${text.en} ${message('hi', 'label.englishOnly')}`
    : text[lang];
}

/** True when a text has Latin letters: a name without Hindi shown in it is marked English. */
export function isLatin(text: string): boolean {
  return /[A-Za-z\u00c0-\u024f]/.test(text);
}
