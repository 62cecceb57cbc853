/**
 * The one field table. Every reader hands over a record's fields under the names its file
 * uses; this table says which of those names mean one of our fields, and every writer names
 * our fields by the table's first spelling, so what we write we read back whole.
 *
 * Names are compared normalised: no case, spaces, underscores, dashes, dots or brackets, so
 * `Label`, `label_hi`, `Label (HI)` and `shared name` are found however a tool spells them.
 * Where a record has several names for one field, the earlier spelling in the list wins
 * (`label` over `name` over `shared name`).
 */

/** A name as the table compares names. */
export const normName = (name: string) => name.toLowerCase().replace(/[\s_\-.()[\]]/g, '');

export const NODE_FIELDS = {
  id: ['id', 'node id', 'key'],
  label: [
    'label',
    'label_en',
    'name',
    'name_en',
    'title',
    'node label',
    'display name',
    'full name',
    'shared name',
    'canonical name',
  ],
  labelHi: ['label_hi', 'name_hi', 'hi', 'hindi', 'label hindi', 'title_hi'],
  type: ['type', 'element type', 'kind', 'category', 'node type', 'class'],
  sectors: ['sectors', 'sector', 'tags'],
  description: ['description', 'description_en', 'desc', 'notes'],
  descriptionHi: ['description_hi', 'desc_hi'],
  aliases: ['aliases', 'alias', 'also known as'],
  role: ['role', 'role_en', 'position title'],
  roleHi: ['role_hi'],
  organisation: ['organisation', 'organization', 'member of'],
  date: ['date'],
  start: ['start', 'start date', 'begin', 'valid from', 'founded'],
  end: ['end', 'end date', 'valid to', 'until', 'dissolved'],
  /** The latest assessment on the power–interest grid, and its date. */
  influence: ['influence', 'power'],
  interest: ['interest'],
  stance: ['stance', 'attitude'],
  assessed: ['assessed', 'assessment date', 'assessed on'],
  x: ['x', 'pos x', 'position x'],
  y: ['y', 'pos y', 'position y'],
  color: ['color', 'colour', 'fill color', 'node color'],
  r: ['r', 'red'],
  g: ['g', 'green'],
  b: ['b', 'blue'],
  size: ['size', 'node size'],
  shape: ['shape', 'node shape'],
} as const;

export const EDGE_FIELDS = {
  id: ['id', 'edge id', 'key'],
  source: ['from', 'source', 'source id'],
  target: ['to', 'target', 'target id'],
  relation: [
    'relation',
    'type',
    'interaction',
    'connection type',
    'relationship',
    'relation type',
    'edge type',
  ],
  label: ['label', 'label_en'],
  labelHi: ['label_hi', 'hi'],
  description: ['description', 'description_en'],
  descriptionHi: ['description_hi'],
  meeting: ['meeting'],
  date: ['date'],
  start: ['start', 'start date', 'begin', 'valid from', 'since'],
  end: ['end', 'end date', 'valid to', 'until'],
  directed: ['directed'],
  weight: ['weight', 'edge weight'],
  quote: ['quote', 'evidence', 'evidence quote'],
  translation: ['translation', 'evidence translation'],
  evidenceSource: ['evidence source', 'quote source'],
  /** Where the quote sits in its source: its selector without the quote, as JSON. */
  selector: ['quote selector', 'evidence selector'],
} as const;

/** The parts one piece of evidence is written in. */
export type EvidencePart = 'quote' | 'translation' | 'evidenceSource' | 'selector';

/**
 * Evidence beyond the first: `quote 2`, `translation 2`, `evidence source 2` and so on, the
 * same in every format that has named fields. Out: which part and which entry (1-based).
 */
export function evidenceFieldOf(name: string): { part: EvidencePart; index: number } | undefined {
  const m = /^(quote|translation|evidencesource|quoteselector)(\d+)$/.exec(normName(name));
  if (!m) return undefined;
  const parts = {
    quote: 'quote',
    translation: 'translation',
    evidencesource: 'evidenceSource',
    quoteselector: 'selector',
  } as const;
  const part = Object.entries(parts).find(([k]) => k === m[1])?.[1];
  return part && { part, index: Number(m[2]) };
}

/** How we write evidence entry `index` (1-based) of a part. */
export const evidenceColumn = (part: EvidencePart, index: number) =>
  index === 1 ? edgeColumn(part) : `${edgeColumn(part)} ${index}`;

export type NodeField = keyof typeof NODE_FIELDS;

export type EdgeField = keyof typeof EDGE_FIELDS;

function index<F extends string>(table: Readonly<Record<F, readonly string[]>>) {
  const byName = new Map<string, { field: F; rank: number }>();
  for (const field of Object.keys(table) as F[])
    table[field].forEach((name, rank) => {
      if (!byName.has(normName(name))) byName.set(normName(name), { field, rank });
    });
  return byName;
}
const NODE_INDEX = index<NodeField>(NODE_FIELDS);
const EDGE_INDEX = index<EdgeField>(EDGE_FIELDS);

/** Which of our fields a file's name means for a node, if any. */
export const nodeFieldOf = (name: string) => NODE_INDEX.get(normName(name));
/** Which of our fields a file's name means for an edge, if any. */
export const edgeFieldOf = (name: string) => EDGE_INDEX.get(normName(name));

/** How we write a field: the table's first spelling. */
export const nodeColumn = (field: NodeField): string => NODE_FIELDS[field][0];
export const edgeColumn = (field: EdgeField): string => EDGE_FIELDS[field][0];

/** True for a name the table gives a meaning to, for nodes or for edges. */
export const isKnownName = (name: string) =>
  NODE_INDEX.has(normName(name)) ||
  EDGE_INDEX.has(normName(name)) ||
  evidenceFieldOf(name) !== undefined;
