import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedRows, type TableData } from '../../src/store/tables';

const value = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('b', 'A', 'a', 'c'),
);
const tableOf = (values: readonly (string | number | null)[], numeric: boolean): TableData => ({
  columns: [
    { id: 'name', header: 'Name', numeric: false },
    { id: 'v', header: 'V', numeric },
  ],
  rows: values.map((v, i) => ({ id: `r${i}`, values: [`row ${i}`, v] })),
});

describe('sorting the table', () => {
  it('orders any column either way, rows without a value last, ties in file order', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        (values, numeric, desc) => {
          const data = tableOf(values, numeric);
          const out = sortedRows(data, { column: 1, desc });
          // Every row once.
          expect(out.map((r) => r.id).sort()).toEqual(data.rows.map((r) => r.id).sort());
          const key = (v: string | number | null) =>
            numeric
              ? typeof v === 'number'
                ? v
                : null
              : v === null
                ? null
                : String(v).toLowerCase();
          const keys = out.map((r) => key(r.values[1]!));
          const firstEmpty = keys.indexOf(null);
          if (firstEmpty >= 0) expect(keys.slice(firstEmpty).every((k) => k === null)).toBe(true);
          for (let i = 1; i < out.length; i++) {
            const [a, b] = [keys[i - 1]!, keys[i]!];
            if (a === null || b === null) continue;
            const before = desc ? a > b : a < b;
            if (a === b)
              expect(Number(out[i - 1]!.id.slice(1))).toBeLessThan(Number(out[i]!.id.slice(1)));
            else expect(before).toBe(true);
          }
        },
      ),
    );
  });

  it('leaves file order without a sort, and 20,000 numbers sort the way the table shows them', () => {
    const data = tableOf([3, null, 1, 2], true);
    expect(sortedRows(data, null).map((r) => r.id)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(sortedRows(data, { column: 1, desc: true }).map((r) => r.id)).toEqual([
      'r0',
      'r3',
      'r2',
      'r1',
    ]);
    const big = tableOf(
      Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_000),
      true,
    );
    const out = sortedRows(big, { column: 1, desc: false });
    expect(out[0]!.values[1]).toBe(0);
    expect(out[19_999]!.values[1]).toBe(19_999);
  });
});
