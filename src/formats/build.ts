import { FORMAT_NAME, FORMAT_VERSION, NODE_TYPES, type NodeType } from '../schema/graphFile';
import { problem, type Problem } from '../schema/problems';
import { RESERVED_IDS, RESERVED_KEYS } from '../schema/reserved';
import { type AttributeValue, type GenericEdge, type GenericNode, type Origin } from './types';

/** A file in the project's format made from foreign records, with where each record came from. */
export interface Built {
  /** Plain data for the loader's schema; nothing here is trusted yet. */
  readonly value: Record<string, unknown>;
  readonly nodeOrigins: readonly Origin[];
  readonly edgeOrigins: readonly Origin[];
}

// Words other tools use for our node types (Kumu, Gephi, yEd and spreadsheets in the wild).
const TYPE_WORD_LISTS: Readonly<Record<NodeType, readonly string[]>> = {
  person: ['person', 'people', 'individual', 'official', 'human', 'व्यक्ति'],
  government: ['government', 'governmentbody', 'govt', 'ministry', 'department', 'publicbody'],
  organisation: [
    'organisation',
    'organization',
    'org',
    'company',
    'corporation',
    'business',
    'ngo',
    'institution',
    'firm',
    'संस्था',
  ],
  meeting: ['meeting', 'event', 'conference', 'summit', 'बैठक'],
  topic: ['topic', 'issue', 'theme', 'subject', 'विषय'],
  place: ['place', 'location', 'city', 'venue', 'स्थान'],
  country: ['country', 'nation', 'देश'],
  document: ['document', 'report', 'article', 'दस्तावेज़'],
  other: ['other'],
};
const TYPE_WORDS: ReadonlyMap<string, NodeType> = new Map(
  NODE_TYPES.flatMap((type) => TYPE_WORD_LISTS[type].map((w) => [w, type] as const)),
);

/** A name as readers compare names: no case, spaces, underscores, dashes or dots. */
export const normName = (name: string) => name.toLowerCase().replace(/[\s_\-.]/g, '');

/** Our node type for a foreign type word, or undefined if we have none like it. */
export function nodeTypeFor(word: string): NodeType | undefined {
  return TYPE_WORDS.get(normName(word));
}

/** An id made from free text: lower-case ASCII words joined by hyphens, or '' if none. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Hands out ids for named things (sectors, relations), one per distinct name, never clashing. */
class Vocabulary {
  readonly entries: { id: string; label: { en: string } }[] = [];
  private readonly byName = new Map<string, string>();
  private readonly used = new Set<string>();
  constructor(private readonly prefix: string) {}

  idFor(name: string): string {
    const known = this.byName.get(name);
    if (known !== undefined) return known;
    const slug = slugify(name);
    // A name such as "constructor" makes an id the schema refuses; prefix it instead.
    const base = !slug
      ? `${this.prefix}-${this.entries.length + 1}`
      : RESERVED_IDS.has(slug)
        ? `${this.prefix}-${slug}`
        : slug;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    this.byName.set(name, id);
    this.entries.push({ id, label: { en: name } });
    return id;
  }
}

function attributesOf(
  attributes: ReadonlyMap<string, AttributeValue>,
  origin: Origin,
  kind: 'node' | 'edge',
  problems: Problem[],
): Record<string, AttributeValue> | undefined {
  if (attributes.size === 0) return undefined;
  const safe: [string, AttributeValue][] = [];
  for (const [key, value] of attributes) {
    if (RESERVED_KEYS.has(key))
      problems.push(
        problem(
          'reserved.attribute',
          { kind, key },
          {
            file: origin.file,
            line: origin.line,
            path: origin.path,
          },
        ),
      );
    else safe.push([key, value]);
  }
  // Object.fromEntries defines own properties, so no key can reach a prototype.
  return Object.fromEntries(safe);
}

const localized = (en: string, hi: string | undefined) => (hi ? { en, hi } : { en });

/**
 * Turns foreign records into a file in the project's format. In: a title and records. Out: the
 * file (for the loader to check like any other) with each record's origin, or problems for
 * what cannot be carried over (reserved attribute names). Unknown node types become `other`
 * with the original kept in the `type` attribute; missing Hindi is left out, not invented.
 */
export function buildGraphFile(
  title: string,
  nodes: readonly GenericNode[],
  edges: readonly GenericEdge[],
): { ok: true; built: Built } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const sectors = new Vocabulary('sector');
  const relations = new Vocabulary('relation');
  const outNodes = nodes.map((n) => {
    const type = n.type === undefined ? undefined : nodeTypeFor(n.type);
    const attributes = new Map(n.attributes);
    if (n.type !== undefined && type === undefined) attributes.set('type', n.type);
    const label = n.label ?? n.labelHi ?? n.id;
    const description = n.description ?? n.descriptionHi;
    return {
      id: n.id,
      type: type ?? 'other',
      label: localized(label, n.labelHi),
      sectors: [...new Set(n.sectors)].map((s) => sectors.idFor(s)),
      ...(description !== undefined
        ? { description: localized(description, n.descriptionHi) }
        : {}),
      ...withAttributes(attributesOf(attributes, n.origin, 'node', problems)),
    };
  });
  const taken = new Set<string>([...nodes.map((n) => n.id)]);
  for (const e of edges) if (e.id !== undefined) taken.add(e.id);
  let next = 1;
  const outEdges = edges.map((e) => {
    let id = e.id;
    if (id === undefined) {
      while (taken.has(`edge-${next}`)) next++;
      id = `edge-${next++}`;
    }
    const relationName = e.relation ?? e.label ?? 'related to';
    const label = e.label ?? e.relation ?? 'related to';
    return {
      id,
      source: e.source,
      target: e.target,
      relation: relations.idFor(relationName),
      label: localized(label, e.labelHi),
      ...withAttributes(attributesOf(e.attributes, e.origin, 'edge', problems)),
    };
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    built: {
      value: {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        meta: { title: { en: title } },
        sectors: sectors.entries,
        relations: relations.entries,
        nodes: outNodes,
        edges: outEdges,
      },
      nodeOrigins: nodes.map((n) => n.origin),
      edgeOrigins: edges.map((e) => e.origin),
    },
  };
}

const withAttributes = (attributes: Record<string, AttributeValue> | undefined) =>
  attributes === undefined ? {} : { attributes };
