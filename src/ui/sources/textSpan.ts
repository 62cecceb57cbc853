/**
 * The span of the text a selection inside `box` covers, as offsets into the text the box
 * shows (a direction control drawn as its name counts as the one character it stands for),
 * trimmed of white space at either end. Null when the selection is empty or leaves the box.
 */
export function selectedSpan(box: HTMLElement, text: string): { from: number; to: number } | null {
  const sel = box.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = box.ownerDocument.createRange();
    before.setStart(box, 0);
    before.setEnd(node, offset);
    let n = before.toString().length;
    for (const mark of before.cloneContents().querySelectorAll('.bidi-mark'))
      n -= (mark.textContent ?? '').length - 1;
    return n;
  };
  let from = offsetOf(range.startContainer, range.startOffset);
  let to = offsetOf(range.endContainer, range.endOffset);
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return to > from ? { from, to } : null;
}
