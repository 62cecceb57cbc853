// Apart from the URL sync: the page reads the address before its first picture, and fetches
// the sync itself after it when the link holds no view.

/** The parameter holding the https: address of remote data (`?data=https://…`). */
export const DATA_PARAM = 'data';

/**
 * Whether an address says anything to the page (data, a view, a story, a language): a plain one
 * has no view to apply, so the URL sync starts after the first picture and applies nothing.
 */
export const hasParams = (search: string): boolean => new URLSearchParams(search).size > 0;

/** The remote data address in a query string, if there is one. */
export function dataAddressIn(search: string): string | null {
  // A link pasted with a space around its address (`%20https://…`) still names it.
  return new URLSearchParams(search).get(DATA_PARAM)?.trim() || null;
}
