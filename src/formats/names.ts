import { NODE_TYPES, type NodeType } from '../schema/graphFile';
import { RESERVED_IDS } from '../schema/reserved';
import { normName } from './fields';

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
export class Vocabulary {
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
