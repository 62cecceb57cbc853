import type { Lang } from '../i18n/strings';
import { DATA_PARAM } from './dataParam';

/** The parameter that makes the page an embed. */
export const EMBED_PARAM = 'embed';

/** Whether a page's query asks for the embed. */
export const isEmbed = (search: string): boolean =>
  new URLSearchParams(search).get(EMBED_PARAM) === '1';

/** What an embed starts on: the view shown now, or the first step of a story. */
export type EmbedStart =
  { readonly kind: 'view' } | { readonly kind: 'story'; readonly id: string };

/**
 * The address of an embed of this page: the view its address carries now (which always says
 * the current view), or a story from its first step, in the interface's language; remote data
 * is named again, since the embed fetches it itself.
 */
export function embedUrl(location: Location | URL, start: EmbedStart, lang: Lang): string {
  const url = new URL(location.href);
  if (start.kind === 'story') {
    const data = url.searchParams.get(DATA_PARAM);
    url.search = '';
    if (data !== null) url.searchParams.set(DATA_PARAM, data);
    url.searchParams.set('story', start.id);
    url.searchParams.set('step', '1');
  }
  url.searchParams.set('lang', lang);
  url.searchParams.set(EMBED_PARAM, '1');
  url.hash = '';
  return url.toString();
}

/** The `<iframe>` a publisher pastes: its address, a title for screen readers, a height. */
export function embedSnippet(src: string, title: string): string {
  const attr = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}

/** The full explorer on the view the embed shows now: its address without the embed switch. */
export function fullExplorerUrl(location: Location | URL): string {
  const url = new URL(location.href);
  url.searchParams.delete(EMBED_PARAM);
  return url.toString();
}
