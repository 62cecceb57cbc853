/** JSON-ready data: what a file holds. */
export type Plain =
  null | boolean | number | string | readonly Plain[] | { readonly [k: string]: Plain };

/**
 * Model data as plain JSON for a file or the loader: Hindi that was filled in from English
 * (`hiMissing`) is left out again, so a file never claims a translation it did not have, and
 * absent fields are left out.
 */
export function plain(value: unknown): Plain | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? null);
  if (typeof value === 'object') {
    const missing = 'hiMissing' in value && value.hiMissing === true;
    const out: [string, Plain][] = [];
    for (const [k, v] of Object.entries(value)) {
      if (k === 'hiMissing' || (missing && k === 'hi')) continue;
      const p = plain(v);
      if (p !== undefined) out.push([k, p]);
    }
    return Object.fromEntries(out);
  }
  return undefined;
}
