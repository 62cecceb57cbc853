import { slugify } from '../formats/names';

/** Makes the browser save a blob under a file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after the click returns; free the URL a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name that says what it holds: the data set's title, which part, and the format, e.g.
 * `jharkhand-and-japanese-partners-view-nodes.csv`. In: free text parts. Out: a safe name.
 */
export function exportFileName(title: string, part: string, extension: string): string {
  return `${[slugify(title) || 'graph', slugify(part)].filter(Boolean).join('-')}.${extension}`;
}
