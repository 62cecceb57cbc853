import type { AttributeValue } from '../graph/model';
import type { FileShape } from '../schema/graphFile';
import { splitList } from './types';

/**
 * Reading a file's values as what a field needs. Files write the same thing many ways (`3`
 * and `"3"`, `true` and `"yes"`, `#1D4ED8` and `rgb(29, 78, 216)`); these accept each of them
 * and say undefined for anything else, so a value that does not fit stays an attribute.
 */

/** Text: a non-blank string, a number, or a list joined. */
export function asText(v: AttributeValue | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'boolean') return String(v);
  if (v !== null && typeof v === 'object') {
    const items = v.map((x) => String(x).trim()).filter(Boolean);
    return items.length ? items.join('; ') : undefined;
  }
  return undefined;
}

/** A finite number, written as a number or as text. */
export function asNumber(v: AttributeValue | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** A list: a list as it is, or text split at `;` or `|`. */
export function asList(v: AttributeValue | undefined): string[] {
  if (v !== null && typeof v === 'object') return v.map((x) => String(x).trim()).filter(Boolean);
  return splitList(asText(v));
}

const TRUE = new Set(['true', 'yes', '1', 'directed']);
const FALSE = new Set(['false', 'no', '0', 'undirected']);

/** True or false, written as a boolean, a number or a word. */
export function asBoolean(v: AttributeValue | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const word = asText(v)?.trim().toLowerCase();
  if (word === undefined) return undefined;
  return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** A colour as `#rrggbb` from one byte each of red, green and blue. */
export function colourOf(r: number, g: number, b: number): string | undefined {
  if (![r, g, b].every((c) => Number.isFinite(c) && c >= 0 && c <= 255)) return undefined;
  return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
}

/** A colour as `#rrggbb`, from `#rgb`, `#rrggbb` or `rgb(r, g, b)` (any case). */
export function asColour(v: AttributeValue | undefined): string | undefined {
  const s = asText(v)?.trim().toLowerCase();
  if (s === undefined) return undefined;
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short)
    return `#${short
      .slice(1)
      .map((c) => c + c)
      .join('')}`;
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(s);
  if (rgb) return colourOf(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]));
  return undefined;
}

/** yEd's, Cytoscape's and Gephi's names for the shapes we draw. */
const SHAPES: ReadonlyMap<string, FileShape> = new Map([
  ['ellipse', 'ellipse'],
  ['circle', 'ellipse'],
  ['disc', 'ellipse'],
  ['rectangle', 'rectangle'],
  ['square', 'rectangle'],
  ['roundrectangle', 'round-rectangle'],
  ['round-rectangle', 'round-rectangle'],
  ['diamond', 'diamond'],
  ['triangle', 'triangle'],
  ['hexagon', 'hexagon'],
  ['octagon', 'octagon'],
]);

/** A shape named in a file, as one of ours, or undefined for one we do not draw. */
export function asShape(value: AttributeValue | undefined): FileShape | undefined {
  const text = asText(value)?.trim().toLowerCase();
  return text === undefined ? undefined : SHAPES.get(text);
}
