/** UTF-8 bytes of a text, counted without building its encoding. */
export function utf8Bytes(t: string): number {
  let bytes = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
