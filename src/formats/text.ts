/**
 * Every line ending as `\n`: Windows (CRLF), old Macintosh and Excel's "Macintosh CSV" (CR
 * alone), and files that mix them. Readers then split lines and count them one way, so a row
 * is never lost to a stray ending and every problem names the line the user sees. XML requires
 * exactly this normalisation of its parsers; JSON allows line endings only between tokens.
 */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The 1-based line and column of an offset in text whose line endings are `\n`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
