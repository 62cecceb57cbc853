import type { AttributeValue } from '../graph/model';
import { FORMAT_NAME, FORMAT_VERSION, STANCES } from '../schema/graphFile';
import { problem, type Problem } from '../schema/problems';
import { RESERVED_IDS, RESERVED_KEYS } from '../schema/reserved';
import { isRecord } from '../schema/values';
import {
  edgeFieldOf,
  evidenceFieldOf,
  nodeFieldOf,
  type EdgeField,
  type EvidencePart,
  type NodeField,
} from './fields';
import { nodeTypeFor, Vocabulary } from './names';
import type { Origin, RawRecord } from './types';
import { asBoolean, asColour, asList, asNumber, asShape, asText, colourOf } from './values';

/** Where a built record came from, and the file's own name for each of our fields it used. */
export interface Placed extends Origin {
  readonly names: ReadonlyMap<string, string>;
}

/** A file in the project's format made from foreign records, with where each record came from. */
export interface Built {
  /** Plain data for the loader's schema; nothing here is trusted yet. */
  readonly value: Record<string, unknown>;
  readonly nodeOrigins: readonly Placed[];
  readonly edgeOrigins: readonly Placed[];
  /** What the reader changed and the user should know, such as renamed edge ids. */
  readonly warnings: readonly Problem[];
}

/** The source that evidence read from a foreign file is credited to, unless it names one. */
export const IMPORTED_SOURCE = 'imported';

interface Chosen {
  readonly value: AttributeValue;
  /** The file's name for it; null where the format itself defines the field. */
  readonly name: string | null;
}

/**
 * Which of a record's values fills each of our fields: the format's own first, then the
 * best-ranked spelling in the field table. Null and blank values fill nothing.
 */
function choose<F extends string>(
  record: RawRecord,
  fieldOf: (name: string) => { field: F; rank: number } | undefined,
): Map<F, Chosen> {
  const best = new Map<F, Chosen & { rank: number }>();
  for (const [name, value] of record.fields) {
    const hit = fieldOf(name);
    if (!hit || asText(value) === undefined) continue;
    const had = best.get(hit.field);
    if (!had || hit.rank < had.rank) best.set(hit.field, { value, name, rank: hit.rank });
  }
  const out = new Map<F, Chosen>(best);
  for (const [field, value] of record.native) {
    const hit = fieldOf(field);
    if (hit && asText(value) !== undefined)
      out.set(hit.field, { value, name: record.nativeNames?.get(field) ?? null });
  }
  return out;
}

/** A record's values no field took, as attributes; names that reach a prototype are refused. */
function leftOver(
  record: RawRecord,
  used: ReadonlySet<string>,
  kind: 'node' | 'edge',
  problems: Problem[],
): Record<string, AttributeValue> | undefined {
  const kept: [string, AttributeValue][] = [];
  for (const [key, value] of record.fields) {
    if (used.has(key)) continue;
    if (RESERVED_KEYS.has(key) || RESERVED_KEYS.has(key.trim()))
      problems.push(problem('reserved.attribute', { kind, key }, record.origin));
    else kept.push([key, value]);
  }
  // Object.fromEntries defines own properties, so no key can reach a prototype.
  return kept.length ? Object.fromEntries(kept) : undefined;
}

const localized = (en: string, hi: string | undefined) => (hi ? { en, hi } : { en });

const DATE = /^(unknown|\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)$/;
/** A date the schema takes, or undefined: other spellings stay attributes. */
const asDate = (v: AttributeValue | undefined) => {
  const s = asText(v)?.trim();
  return s !== undefined && DATE.test(s) ? s : undefined;
};
/** A start or end the schema takes (a known date; a spreadsheet's year arrives as a number). */
const asKnownDate = (v: AttributeValue | undefined) => {
  const s = asDate(typeof v === 'number' && Number.isInteger(v) ? String(v) : v);
  return s === 'unknown' ? undefined : s;
};
/** A record's start and end, each left out (and kept as an attribute) where it is not a date. */
const scale = (v: AttributeValue | undefined) => {
  const n = asNumber(v);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
};
/**
 * The assessment a row carries: influence and interest on the 1–5 scale with the date they
 * were judged (what our writers give for the latest one). Without a date they stay attributes:
 * an assessment is always dated.
 */
function assessmentOf(
  get: (f: 'influence' | 'interest' | 'stance' | 'assessed') => AttributeValue | undefined,
) {
  const influence = scale(get('influence'));
  const interest = scale(get('interest'));
  const date = asKnownDate(get('assessed'));
  const stance = stanceOf(get('stance'));
  if (influence === undefined || interest === undefined || date === undefined) return undefined;
  return { date, influence, interest, stance: stance ?? 'unknown' };
}

const stanceOf = (v: AttributeValue | undefined) =>
  STANCES.find((s) => s === asText(v)?.trim().toLowerCase());

function spanFields(
  get: (f: 'start' | 'end') => AttributeValue | undefined,
  mark: (f: 'start' | 'end') => void,
) {
  const start = asKnownDate(get('start'));
  const end = asKnownDate(get('end'));
  if (start !== undefined) mark('start');
  if (end !== undefined) mark('end');
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}
const MEMBER_TYPES = new Set(['organisation', 'government', 'country']);

/** Names of the chosen values that came from the file, for attributes and problem messages. */
function namesOf<F extends string>(chosen: ReadonlyMap<F, Chosen>, fields: readonly F[]) {
  const names = new Map<string, string>();
  for (const f of fields) {
    const name = chosen.get(f)?.name;
    if (name) names.set(f, name);
  }
  return names;
}

/** What the first pass knows of every node, to tell references from free text. */
type NodeTypes = ReadonlyMap<string, string>;

/** A node's id: its own, or in Kumu's layout (no ids) its label, which connections refer to. */
const idOf = (chosen: ReadonlyMap<NodeField, Chosen>) =>
  asText(chosen.get('id')?.value)?.trim() ?? asText(chosen.get('label')?.value)?.trim();
/** Our type for a node's type word, if we have one like it. */
const typeOf = (chosen: ReadonlyMap<NodeField, Chosen>) => {
  const word = asText(chosen.get('type')?.value);
  return word === undefined ? undefined : nodeTypeFor(word);
};

function buildNode(
  record: RawRecord,
  chosen: ReadonlyMap<NodeField, Chosen>,
  sectors: Vocabulary,
  types: NodeTypes,
  problems: Problem[],
) {
  const get = (f: NodeField) => chosen.get(f)?.value;
  const used: NodeField[] = ['id', 'label', 'labelHi', 'type', 'sectors', 'description'];
  used.push('descriptionHi', 'aliases', 'role', 'roleHi');
  // A column that names an organisation in free text stays an attribute; only a reference to
  // an organisation node in the file becomes the person's organisation.
  const organisation = asText(get('organisation'))?.trim();
  const isMember = organisation !== undefined && MEMBER_TYPES.has(types.get(organisation) ?? '');
  if (isMember) used.push('organisation');
  const date = asDate(get('date'));
  if (date !== undefined) used.push('date');
  const span = spanFields(get, (f) => used.push(f));
  const assessment = assessmentOf(get);
  if (assessment) used.push('influence', 'interest', 'assessed');
  // A stance word we do not know stays an attribute, the assessment's stance unknown.
  if (assessment && stanceOf(get('stance'))) used.push('stance');
  const role = asText(get('role'));
  const aliases = asList(get('aliases'));
  const id = idOf(chosen);
  const labelHi = asText(get('labelHi'));
  // Without an id the row is refused for that alone; its label then says nothing new.
  const label = asText(get('label')) ?? labelHi ?? id ?? '?';
  const type = typeOf(chosen);
  const description = asText(get('description')) ?? asText(get('descriptionHi'));
  const x = asNumber(get('x'));
  const y = asNumber(get('y'));
  if (x !== undefined && y !== undefined) used.push('x', 'y');
  let color = asColour(get('color'));
  if (color !== undefined) used.push('color');
  else {
    const [r, g, b] = (['r', 'g', 'b'] as const).map((c) => asNumber(get(c)));
    color = r !== undefined && g !== undefined && b !== undefined ? colourOf(r, g, b) : undefined;
    if (color !== undefined) used.push('r', 'g', 'b');
  }
  const size = asNumber(get('size'));
  if (size !== undefined && size > 0) used.push('size');
  const shape = asShape(get('shape'));
  if (shape !== undefined) used.push('shape');
  const names = namesOf(chosen, used);
  // An unknown type keeps its word, under the file's own name for it.
  const usedNames = new Set(
    [...names.entries()].filter(([f]) => !(f === 'type' && type === undefined)).map(([, n]) => n),
  );
  const attributes = leftOver(record, usedNames, 'node', problems);
  const node = {
    id: id ?? '',
    type: type ?? 'other',
    label: localized(label, labelHi),
    sectors: [...new Set(asList(get('sectors')))].map((s) => sectors.idFor(s)),
    ...(description !== undefined
      ? { description: localized(description, asText(get('descriptionHi'))) }
      : {}),
    ...(aliases.length ? { aliases } : {}),
    ...(role !== undefined ? { role: localized(role, asText(get('roleHi'))) } : {}),
    ...(isMember ? { organisation } : {}),
    ...(date !== undefined ? { date } : {}),
    ...span,
    ...(assessment ? { assessments: [assessment] } : {}),
    ...(attributes ? { attributes } : {}),
    ...(used.includes('x') && x !== undefined && y !== undefined ? { position: { x, y } } : {}),
    ...(color !== undefined ? { color } : {}),
    ...(used.includes('size') ? { size } : {}),
    ...(shape !== undefined ? { shape } : {}),
  };
  return { node, names };
}

/** Every node's id and our type for it, before any node is built. */
function firstPass(chosen: readonly ReadonlyMap<NodeField, Chosen>[]): NodeTypes {
  const types = new Map<string, string>();
  for (const c of chosen) {
    const id = idOf(c);
    if (id !== undefined) types.set(id, typeOf(c) ?? 'other');
  }
  return types;
}

/**
 * An edge's evidence: `quote`, `translation` and `evidence source`, then `quote 2` and so on.
 * Out: the entries in order, and the names of the fields they were read from.
 */
function evidenceOf(record: RawRecord, chosen: ReadonlyMap<EdgeField, Chosen>) {
  type Entry = { quote?: string; translation?: string; source?: string; selector?: string };
  const parts = new Map<number, Entry>();
  const names: string[] = [];
  const set = (index: number, part: EvidencePart, v: string) => {
    const entry = parts.get(index) ?? {};
    if (part === 'quote') entry.quote = v;
    else if (part === 'translation') entry.translation = v;
    else if (part === 'selector') entry.selector = v;
    else entry.source = v.trim();
    parts.set(index, entry);
  };
  for (const part of EVIDENCE_PARTS) {
    const c = chosen.get(part);
    const v = asText(c?.value);
    if (c && v !== undefined) {
      set(1, part, v);
      if (c.name) names.push(c.name);
    }
  }
  for (const [name, value] of record.fields) {
    const hit = evidenceFieldOf(name);
    const v = asText(value);
    if (!hit || v === undefined || hit.index < 2) continue;
    set(hit.index, hit.part, v);
    names.push(name);
  }
  const entries = [...parts.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, e]) =>
      e.quote === undefined
        ? []
        : [
            {
              source: e.source || IMPORTED_SOURCE,
              quote: e.quote,
              ...(e.translation ? { translation: e.translation } : {}),
              ...(e.selector !== undefined ? { selector: selectorOf(e.selector, e.quote) } : {}),
            },
          ],
    );
  return { entries, names };
}

const EVIDENCE_PARTS = ['quote', 'translation', 'evidenceSource', 'selector'] as const;

/**
 * A selector cell read back: its JSON with the quote as `exact`. Anything else is passed on as
 * it is, for the schema to refuse at its place.
 */
function selectorOf(cell: string, quote: string): unknown {
  try {
    const value: unknown = JSON.parse(cell);
    return isRecord(value) ? { exact: quote, ...value } : cell;
  } catch {
    return cell;
  }
}

/** Hands out ids that are free, readable and never a name the schema refuses. */
class Ids {
  private readonly taken = new Set<string>();
  claim(id: string): void {
    this.taken.add(id);
  }
  has(id: string): boolean {
    return this.taken.has(id);
  }
  fresh(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id) || RESERVED_IDS.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/**
 * Turns foreign records into a file in the project's format, through the one field table.
 * In: a title, records and the file's default direction. Out: the file (for the loader to check
 * like any other), each record's origin and field names, and warnings; or problems for what
 * cannot be carried over (reserved attribute names). Unknown node types become `other` with
 * the original kept; missing Hindi is left out, not invented. Edge ids live apart from node
 * ids in these formats, so an edge id that a node already has is renamed, the original kept.
 */
export function buildGraphFile(
  title: string,
  nodes: readonly RawRecord[],
  edges: readonly RawRecord[],
  directed?: boolean,
): { ok: true; built: Built } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const sectors = new Vocabulary('sector');
  const relations = new Vocabulary('relation');
  const chosenNodes = nodes.map((r) => choose<NodeField>(r, nodeFieldOf));
  const types = firstPass(chosenNodes);
  const builtNodes = nodes.map((r, i) =>
    buildNode(r, chosenNodes[i] ?? new Map(), sectors, types, problems),
  );
  const ids = new Ids();
  for (const { node } of builtNodes) ids.claim(node.id);
  const edgeIds = new Set<string>();
  let renamed = 0;
  let generated = 0;
  const sources = new Set<string>();
  const builtEdges = edges.map((record) => {
    const chosen = choose<EdgeField>(record, edgeFieldOf);
    const get = (f: EdgeField) => chosen.get(f)?.value;
    const used: EdgeField[] = ['id', 'source', 'target', 'relation', 'label', 'labelHi'];
    const given = asText(get('id'))?.trim();
    let id = given;
    const attributes: [string, AttributeValue][] = [];
    if (given !== undefined && ids.has(given) && !edgeIds.has(given)) {
      id = ids.fresh(`edge-${given}`);
      attributes.push([chosen.get('id')?.name ?? 'id', given]);
      renamed++;
    } else if (given === undefined) id = ids.fresh(`edge-${++generated}`);
    else ids.claim(given);
    edgeIds.add(id ?? '');
    const relation = asText(get('relation'));
    const label = asText(get('label'));
    const isDirected = asBoolean(get('directed')) ?? directed;
    if (asBoolean(get('directed')) !== undefined) used.push('directed');
    const weight = asNumber(get('weight'));
    if (weight !== undefined) used.push('weight');
    const meeting = asText(get('meeting'))?.trim();
    const inMeeting = meeting !== undefined && types.get(meeting) === 'meeting';
    if (inMeeting) used.push('meeting');
    const date = asDate(get('date'));
    if (date !== undefined) used.push('date');
    const span = spanFields(get, (f) => used.push(f));
    const description = asText(get('description')) ?? asText(get('descriptionHi'));
    used.push('description', 'descriptionHi');
    const evidence = evidenceOf(record, chosen);
    if (evidence.entries.length) used.push(...EVIDENCE_PARTS);
    for (const e of evidence.entries) sources.add(e.source);
    const names = namesOf(chosen, used);
    const rest = leftOver(
      record,
      new Set([...names.values(), ...evidence.names]),
      'edge',
      problems,
    );
    const all = [...attributes, ...Object.entries(rest ?? {})];
    return {
      edge: {
        id: id ?? '',
        source: asText(get('source'))?.trim() ?? '',
        target: asText(get('target'))?.trim() ?? '',
        relation: relations.idFor(relation ?? label ?? 'related to'),
        label: localized(label ?? relation ?? 'related to', asText(get('labelHi'))),
        provenance: evidence.entries,
        ...(description !== undefined
          ? { description: localized(description, asText(get('descriptionHi'))) }
          : {}),
        ...(inMeeting ? { meeting } : {}),
        ...(date !== undefined ? { date } : {}),
        ...span,
        ...(all.length ? { attributes: Object.fromEntries(all) } : {}),
        // Directed is the default; only the exception is written, so formats agree.
        ...(isDirected === false ? { directed: false } : {}),
        ...(weight !== undefined ? { weight } : {}),
      },
      names,
    };
  });
  if (problems.length) return { ok: false, problems };
  const file = nodes[0]?.origin.file ?? edges[0]?.origin.file;
  return {
    ok: true,
    built: {
      value: {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        meta: { title: { en: title } },
        sources: [...sources].map((id) => ({
          id,
          kind: 'other',
          language: 'und',
          title: { en: id === IMPORTED_SOURCE ? title : id },
          outlet: 'unknown',
          published: 'unknown',
        })),
        sectors: sectors.entries,
        relations: relations.entries,
        nodes: builtNodes.map((b) => b.node),
        edges: builtEdges.map((b) => b.edge),
      },
      nodeOrigins: builtNodes.map((b, i) => ({ ...nodes[i]!.origin, names: b.names })),
      edgeOrigins: builtEdges.map((b, i) => ({ ...edges[i]!.origin, names: b.names })),
      warnings: renamed ? [problem('ids.edgesRenamed', { count: renamed }, { file })] : [],
    },
  };
}
