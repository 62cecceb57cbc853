// XML 1.0 cannot hold most control characters, U+FFFE, U+FFFF or a lone half of a surrogate
// pair at all, not even escaped; a document with one is not XML.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text with every character XML cannot hold dropped: for any XML or SVG we write. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}
