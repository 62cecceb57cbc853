import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { RESERVED_IDS } from './reserved';
import { byteLengthOver } from './text';

// zod's JIT probes `new Function`, which a strict Content-Security-Policy reports as a violation.
z.config({ jitless: true });

/** The value of `format` in every graph file. */
export const FORMAT_NAME = 'stakeholder-graph';
/** The only format version this build reads and writes. */
export const FORMAT_VERSION = 1;

/** Node types with their own shape and colour on the canvas. */
export const NODE_TYPES = [
  'person',
  'government',
  'organisation',
  'meeting',
  'topic',
  'place',
  'country',
  'document',
  /** Anything else; imported files with types of their own land here, the original kept. */
  'other',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Shapes a file may draw a node in (yEd's, Cytoscape's, Gephi's), kept while its look is on. */
export const NODE_SHAPES = [
  'ellipse',
  'rectangle',
  'round-rectangle',
  'diamond',
  'triangle',
  'hexagon',
  'octagon',
] as const;
export type FileShape = (typeof NODE_SHAPES)[number];

/** The word a data file uses where the source is silent, instead of an invented value. */
export const UNKNOWN = 'unknown';

const text = z.string().check(z.maxLength(LIMITS.maxStringLength));
const nonEmptyText = z
  .string()
  .check(z.maxLength(LIMITS.maxStringLength), z.trim(), z.minLength(1, { error: 'schema.empty' }));

export const idSchema = z.string().check(
  z.minLength(1, { error: 'schema.empty' }),
  z.maxLength(LIMITS.maxIdLength),
  z.refine((s) => s.trim() === s, { error: 'schema.whitespace' }),
  // eslint-disable-next-line no-control-regex
  z.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: 'schema.control' }),
  z.refine((s) => !RESERVED_IDS.has(s), { error: 'reserved.id' }),
);

/** Text in both interface languages; `hiMissing` marks Hindi that the file did not give. */
export interface Localized {
  readonly en: string;
  readonly hi: string;
  readonly hiMissing?: true;
}

/**
 * Text in English and Hindi. Hindi may be left out (imported data rarely has it): the model then
 * carries the English with `hiMissing`, so the interface can mark it and an export can leave it
 * out again instead of writing the English as if it were Hindi.
 */
export const localizedSchema = z.pipe(
  z.strictObject({ en: nonEmptyText, hi: z.optional(nonEmptyText) }),
  z.transform((v): Localized =>
    v.hi === undefined ? { en: v.en, hi: v.en, hiMissing: true } : { en: v.en, hi: v.hi },
  ),
);

/** A calendar date (`2025`, `2025-07` or `2025-07-14`) or `unknown` where the source gives none. */
export const dateSchema = z.union([
  z.literal(UNKNOWN),
  z
    .string()
    .check(
      z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: 'schema.date' }),
    ),
]);

/** A known calendar date of year, month or day precision: a start, an end or an assessment's. */
export const partialDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: 'schema.partialDate' }),
  );

/**
 * True for absolute http: and https: URLs only. The check is on the parsed protocol so
 * obfuscations such as `java\tscript:` or upper-case schemes cannot slip through.
 */
export function isHttpUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control and space characters hide schemes
  if (/[\u0000-\u0020]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const httpUrlSchema = z
  .string()
  .check(z.maxLength(2_000), z.refine(isHttpUrl, { error: 'schema.url' }));

const linkSchema = z.strictObject({ url: httpUrlSchema, label: z.optional(localizedSchema) });

const scalar = z.union([text, z.number(), z.boolean()]);
/** A free-form value: text, a number, true/false, null, or a list of those (kept as a list). */
const attributeValue = z.union([
  scalar,
  z.null(),
  z.array(scalar).check(z.maxLength(LIMITS.maxListItems)),
]);

/** A colour written as `#rrggbb`. */
export const colourSchema = z
  .string()
  .check(z.regex(/^#[0-9a-fA-F]{6}$/, { error: 'schema.colour' }));

/** Where a node was drawn, in the file's own units (Gephi, Cytoscape and yEd coordinates). */
export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });
const attributesSchema = z
  // A key with white space around it would be trimmed by a spreadsheet or our CSV reader,
  // perhaps into a reserved name: refused here, so every export reads back whole.
  .record(
    z.string().check(
      z.maxLength(200),
      z.refine((s) => s.trim() === s, { error: 'schema.whitespace' }),
    ),
    attributeValue,
  )
  .check(z.refine((a) => Object.keys(a).length <= LIMITS.maxAttributes, { error: 'limit.keys' }));

const list = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIMITS.maxListItems));

/**
 * Where a quote sits in its source's text: a W3C TextQuoteSelector (`exact`, the quote, with
 * about 32 characters before and after it) and a TextPositionSelector (`start` and `end` in
 * Unicode code points of the text after NFC normalisation and LF line endings).
 */
export const selectorSchema = z.strictObject({
  exact: nonEmptyText,
  prefix: text,
  suffix: text,
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
});
export type Selector = z.infer<typeof selectorSchema>;

export const provenanceSchema = z.strictObject({
  /** Id of an entry in `sources`. */
  source: idSchema,
  /** The supporting sentence exactly as the source has it. */
  quote: nonEmptyText,
  /** A rendering of the quote in English. */
  translation: z.optional(nonEmptyText),
  /** Where the quote is in the source's text. */
  selector: z.optional(selectorSchema),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const sourceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['news-report', 'document', 'dataset', 'interview', 'web-page', 'other']),
  /** BCP 47 code of the language the quotes are in. */
  language: z
    .string()
    .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'schema.language' })),
  title: localizedSchema,
  outlet: nonEmptyText,
  placeline: z.optional(nonEmptyText),
  published: dateSchema,
  /** Path of the source text, relative to the graph file. */
  document: z.optional(text),
  /** The source's text itself, so a shared file is self-contained; plain text only. */
  text: z.optional(
    z.string().check(
      z.refine((t) => byteLengthOver(t, LIMITS.maxSourceTextBytes) === null, {
        error: 'limit.sourceText',
      }),
    ),
  ),
  /** When the text was taken from its address. */
  retrieved: z.optional(dateSchema),
  url: z.optional(httpUrlSchema),
});

export type Source = z.infer<typeof sourceSchema>;

export const sectorSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  color: z.optional(colourSchema),
});
export type Sector = z.infer<typeof sectorSchema>;

/**
 * What a relation says about a meeting at one of its ends: its end took part in it, directed
 * it, is where it was held, is a topic it discussed, is something it produced, or reports on
 * it. Summaries and insights read meetings from this, never from the other end's node type.
 */
export const MEETING_ROLES = [
  'took-part',
  'directed',
  'venue',
  'topic',
  'produced',
  'reported',
] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];

/** Where a stakeholder stands, as the user judged it on a date: the power–interest grid's data. */
export const STANCES = ['supportive', 'neutral', 'opposed', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];
/** A place on the grid's 1–5 scale. */
const gridScale = z.int().check(z.minimum(1), z.maximum(5));

export const assessmentSchema = z.strictObject({
  date: partialDateSchema,
  influence: gridScale,
  interest: gridScale,
  stance: z._default(z.enum(STANCES), 'unknown'),
  note: z.optional(text),
  provenance: z.optional(provenanceSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** Where the user wants a stakeholder to stand: drawn on the grid as a ring. */
export const targetSchema = z.strictObject({ influence: gridScale, interest: gridScale });

export const relationSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  /** What the relation means for a meeting at its other end; see {@link MEETING_ROLES}. */
  meeting: z.optional(z.enum(MEETING_ROLES)),
});
export type Relation = z.infer<typeof relationSchema>;

export const nodeSchema = z.strictObject({
  id: idSchema,
  type: z.enum(NODE_TYPES),
  label: localizedSchema,
  aliases: z.optional(list(nonEmptyText)),
  role: z.optional(localizedSchema),
  /** Id of the organisation or government body a person belongs to. */
  organisation: z.optional(idSchema),
  sectors: z._default(list(idSchema), []),
  description: z.optional(localizedSchema),
  date: z.optional(dateSchema),
  /** When it came to exist and stopped existing, if known (a body founded, a post left). */
  start: z.optional(partialDateSchema),
  end: z.optional(partialDateSchema),
  /** Dated judgements of its influence, interest and stance, oldest first. */
  assessments: z.optional(list(assessmentSchema)),
  target: z.optional(targetSchema),
  links: z.optional(list(linkSchema)),
  attributes: z.optional(attributesSchema),
  /** Where the file drew it; a graph whose nodes all have one opens as drawn. */
  position: z.optional(positionSchema),
  /** The file's own fill colour and size, shown when the user keeps the file's look. */
  color: z.optional(colourSchema),
  size: z.optional(z.number().check(z.positive(), z.maximum(10_000))),
  /** The file's own shape, shown likewise; the type's shape otherwise. */
  shape: z.optional(z.enum(NODE_SHAPES)),
});
export type NodeRecord = z.infer<typeof nodeSchema>;

export const edgeSchema = z.strictObject({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  relation: idSchema,
  label: localizedSchema,
  description: z.optional(localizedSchema),
  /** Id of the meeting node in whose course this relationship was stated. */
  meeting: z.optional(idSchema),
  date: z.optional(dateSchema),
  /** When the relationship began and ended, if known. */
  start: z.optional(partialDateSchema),
  end: z.optional(partialDateSchema),
  provenance: z._default(list(provenanceSchema), []),
  attributes: z.optional(attributesSchema),
  /** False for a relationship without a direction; drawn without an arrow. Default true. */
  directed: z.optional(z.boolean()),
  /** Strength or count of the relationship; sets the line's width. */
  weight: z.optional(z.number()),
});
export type EdgeRecord = z.infer<typeof edgeSchema>;

/** What a graph says of itself: its title, and what its editors have judged about it. */
export const metaSchema = z.strictObject({
  title: localizedSchema,
  description: z.optional(localizedSchema),
  /** Pairs of node ids a person judged not the same, so the duplicates list stops offering them. */
  distinct: z.optional(list(z.tuple([idSchema, idSchema]))),
});
export type Meta = z.infer<typeof metaSchema>;

/** A quote shown with a story step's caption: an edge, and the place of the quote in its evidence. */
export const storyQuoteSchema = z.strictObject({
  edge: idSchema,
  index: z.int().check(z.minimum(0)),
});

/**
 * A step of a story: a saved view with a title and a caption. `view` is the query of a link to
 * that view (`node=…&sectors=…&view=zoom,x,y`, as the Share link writes it), so a step keeps
 * exactly what a link keeps and reads back through the same checks.
 */
export const storyStepSchema = z.strictObject({
  title: localizedSchema,
  caption: z.optional(localizedSchema),
  view: z.string().check(z.maxLength(LIMITS.maxStringLength)),
  quotes: z.optional(list(storyQuoteSchema)),
});
export type StoryStep = z.infer<typeof storyStepSchema>;

/** A story told with the map: steps played one after another. */
export const storySchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  steps: list(storyStepSchema),
});
export type Story = z.infer<typeof storySchema>;

export const graphFileSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  meta: metaSchema,
  sources: z._default(z.array(sourceSchema).check(z.maxLength(LIMITS.maxSources)), []),
  sectors: z.array(sectorSchema).check(z.maxLength(LIMITS.maxSectors)),
  relations: z.array(relationSchema).check(z.maxLength(LIMITS.maxRelations)),
  nodes: z.array(nodeSchema).check(z.maxLength(LIMITS.maxNodes)),
  edges: z.array(edgeSchema).check(z.maxLength(LIMITS.maxEdges)),
  stories: z._default(z.array(storySchema).check(z.maxLength(LIMITS.maxStories)), []),
});
/**
 * The graph file with its nodes and edges left unchecked, for checking them one by one: the
 * schema library gathers a list's problems with one spread call, which overflows the stack
 * past about 100,000 of them, and a careless file can have that many.
 */
export const graphShellSchema = z.strictObject({
  ...graphFileSchema.shape,
  nodes: z.array(z.unknown()).check(z.maxLength(LIMITS.maxNodes)),
  edges: z.array(z.unknown()).check(z.maxLength(LIMITS.maxEdges)),
});

/** A graph file after the schema, before semantic checks. */
export type GraphFile = z.infer<typeof graphFileSchema>;
