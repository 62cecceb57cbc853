import type { AttributeValue } from '../graph/model';
import { problem, type Problem } from '../schema/problems';
import { edgeFieldOf, isKnownName, nodeFieldOf, normName } from './fields';
import type { RawRecord } from './types';
import { asText } from './values';

/** Where the values a role was taken from go, so the user can choose them back in Fields. */
export const BEFORE = { label: 'label (before)', relation: 'relation (before)' } as const;

/** Share of records that must agree before a guess is made. */
const MOST = 0.9;

/** True for a value with no letter in any script: a station code, a line number. */
const isCode = (text: string) => !/\p{L}/u.test(text);

/** The record's field that fills `role`, by the field table's best-ranked spelling. */
function fieldFor(
  record: RawRecord,
  role: 'label' | 'relation',
  fieldOf: (name: string) => { field: string; rank: number } | undefined,
): string | undefined {
  let best: { name: string; rank: number } | undefined;
  for (const [name, value] of record.fields) {
    const hit = fieldOf(name);
    if (hit?.field !== role || asText(value) === undefined) continue;
    if (!best || hit.rank < best.rank) best = { name, rank: hit.rank };
  }
  return best?.name;
}

const NAMEISH = /name|label|title|type/;

/**
 * The field that more likely holds names than `role`'s field: one the table gives no meaning
 * to, whose name says name, label, title or type, holding text with letters in nine records in
 * ten; for relations, also one name per code (a line's name for its line number).
 */
function candidate(
  records: readonly RawRecord[],
  codeOf: (r: RawRecord) => string | undefined,
  perCode: boolean,
): string | undefined {
  const stats = new Map<
    string,
    { texts: Set<string>; count: number; byCode: Map<string, string>; functional: boolean }
  >();
  for (const r of records)
    for (const [name, value] of r.fields) {
      if (isKnownName(name) || !NAMEISH.test(normName(name))) continue;
      const text = asText(value)?.trim();
      if (!text || isCode(text)) continue;
      let s = stats.get(name);
      if (!s)
        stats.set(name, (s = { texts: new Set(), count: 0, byCode: new Map(), functional: true }));
      s.texts.add(text);
      s.count++;
      const code = codeOf(r);
      if (code !== undefined) {
        const had = s.byCode.get(code);
        if (had !== undefined && had !== text) s.functional = false;
        s.byCode.set(code, text);
      }
    }
  // The most varied wins; between equals, a name that ends in "name" (line_name over its
  // reading line_name_k), then the shorter.
  const rank = (name: string) => [
    stats.get(name)?.texts.size ?? 0,
    /(name|label|title|type)$/.test(normName(name)) ? 1 : 0,
    -name.length,
  ];
  const better = (a: string, b: string) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) > (y[i] ?? 0);
    return false;
  };
  let best: string | undefined;
  for (const [name, s] of stats) {
    if (s.count < MOST * records.length || (perCode && !s.functional)) continue;
    if (best === undefined || better(name, best)) best = name;
  }
  return best;
}

/** The records with `to`'s value in `role`'s place and what `role` held kept under `before`. */
function moved(
  records: readonly RawRecord[],
  field: (r: RawRecord) => string | undefined,
  role: string,
  to: string,
  before: string,
): RawRecord[] {
  return records.map((r) => {
    const value = r.fields.get(to);
    const from = field(r);
    if (value === undefined || asText(value) === undefined) return r;
    const fields = new Map<string, AttributeValue>();
    for (const [name, v] of r.fields) {
      if (name === to) continue;
      fields.set(name === from ? before : name, v);
    }
    fields.set(role, value);
    return { ...r, fields };
  });
}

/**
 * Where a file's standard field holds codes (Cytoscape desktop's `name: "9934001"`, an
 * `interaction: "99340"`) and another field holds names (`station_name`, `line_name`), takes
 * the names instead, for node labels and for relations alike, and says so in a warning; the
 * codes are kept under "label (before)" or "relation (before)" for **Fields** to bring back.
 * Records pass unchanged where most labels already read as words. Records in, records out.
 */
export function guessNames(
  nodes: readonly RawRecord[],
  edges: readonly RawRecord[],
): { nodes: readonly RawRecord[]; edges: readonly RawRecord[]; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const file = nodes[0]?.origin.file ?? edges[0]?.origin.file;
  const guess = (
    records: readonly RawRecord[],
    role: 'label' | 'relation',
    fieldOf: (name: string) => { field: string; rank: number } | undefined,
  ): readonly RawRecord[] => {
    if (records.length < 3 || records.some((r) => r.native.has(role))) return records;
    const field = (r: RawRecord) => fieldFor(r, role, fieldOf);
    const codeOf = (r: RawRecord) => {
      const name = field(r);
      return name === undefined ? undefined : asText(r.fields.get(name))?.trim();
    };
    const codes = records.filter((r) => {
      const code = codeOf(r);
      return code !== undefined && isCode(code);
    }).length;
    if (codes < MOST * records.length) return records;
    const to = candidate(records, codeOf, role === 'relation');
    const from = records.map(field).find((f) => f !== undefined);
    if (!to || !from) return records;
    warnings.push(problem('import.namesGuessed', { role, from, to }, { file }));
    return moved(records, field, role, to, BEFORE[role]);
  };
  return {
    nodes: guess(nodes, 'label', nodeFieldOf),
    edges: guess(edges, 'relation', edgeFieldOf),
    warnings,
  };
}
