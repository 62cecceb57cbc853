import type { AttributeValue } from '../graph/model';
import { nodeFieldOf } from './fields';
import type { RawRecord } from './types';
import { asText } from './values';

/** A node row's id as the field table reads it: the best-ranked id column with a value. */
function idOf(record: RawRecord): string | undefined {
  const native = asText(record.native.get('id'));
  if (native !== undefined) return native.trim();
  let best: { rank: number; id: string } | undefined;
  for (const [name, value] of record.fields) {
    const hit = nodeFieldOf(name);
    const text = asText(value);
    if (hit?.field !== 'id' || text === undefined) continue;
    if (!best || hit.rank < best.rank) best = { rank: hit.rank, id: text.trim() };
  }
  return best?.id;
}

const same = (a: AttributeValue, b: AttributeValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Rows of a spreadsheet that name the same node, merged as Gephi and Kumu merge them: the
 * first row stands, a later row's value fills a blank of it, and where both have a value that
 * differs the first is kept (a conflict). Out: the rows, and how many were merged and clashed.
 */
export function mergeRepeatedRows(records: readonly RawRecord[]): {
  records: RawRecord[];
  merged: number;
  conflicts: number;
} {
  const byId = new Map<string, { fields: Map<string, AttributeValue>; at: number }>();
  const out: RawRecord[] = [];
  let merged = 0;
  let conflicts = 0;
  for (const record of records) {
    const id = idOf(record);
    const first = id === undefined ? undefined : byId.get(id);
    if (id === undefined || !first) {
      const fields = new Map(record.fields);
      if (id !== undefined) byId.set(id, { fields, at: out.length });
      out.push({ ...record, fields });
      continue;
    }
    merged++;
    for (const [name, value] of record.fields) {
      if (asText(value) === undefined) continue;
      const had = first.fields.get(name);
      if (had === undefined || asText(had) === undefined) first.fields.set(name, value);
      else if (!same(had, value)) conflicts++;
    }
  }
  return { records: out, merged, conflicts };
}
