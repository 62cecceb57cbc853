/**
 * Characters of any one piece of shown text taken from input (a key, an id, an address): a
 * 1 MB key must not make a 1 MB line.
 */
export const MAX_SHOWN = 120;

/**
 * Text cut to {@link MAX_SHOWN} characters with an ellipsis, never through a character: not
 * between the halves of a surrogate pair, nor before a combining mark (a Devanagari vowel sign
 * left without its consonant would show as a dotted circle).
 */
export function clip(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  while (cut > 0 && /^(?:[\udc00-\udfff]|\p{M})/u.test(text.slice(cut, cut + 1))) cut--;
  return `${text.slice(0, cut)}…`;
}

/** A name or address cut in its middle, keeping its start and its end (the file name). */
export function clipMiddle(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  const head = clip(text, Math.ceil(max / 2)).slice(0, -1);
  let tail = text.slice(text.length - Math.floor(max / 2) + 1);
  if (/^[\udc00-\udfff]/.test(tail)) tail = tail.slice(1);
  return `${head}…${tail}`;
}

/**
 * The UTF-8 size of a text if it is over the limit, else null. Cheap: a JavaScript string's
 * length never exceeds its UTF-8 byte count, and never falls below a third of it, so only
 * borderline texts are measured exactly.
 */
export function byteLengthOver(text: string, limit: number): number | null {
  if (text.length * 3 <= limit) return null;
  const size = new TextEncoder().encode(text).length;
  return size > limit ? size : null;
}

/** A text as quotes and their selectors count it: NFC, and LF line endings. */
export function normalisedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
