/** Elements whose text is no part of what a page says. */
const SILENT = 'script, style, noscript, template, iframe, object, embed, svg, head';
/** Elements that start a line of their own when a page is read as text. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/**
 * An HTML page reduced to its text, paragraphs on lines of their own. Parsed by DOMParser into
 * an inert document: nothing in it runs and nothing it names is fetched.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll(SILENT)) el.remove();
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    const block = node instanceof Element && BLOCKS.has(node.tagName);
    if (block) out += '\n';
    for (const child of node.childNodes) walk(child);
    if (block) out += '\n';
  };
  walk(doc.body);
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A source's text from a file the user opened: a page is reduced to text, the rest kept. */
export async function readSourceFile(file: File): Promise<string> {
  const text = await file.text();
  return /\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(text) : text;
}
