/**
 * Hard limits on a graph file. They keep a hostile or mistaken file from freezing the tab:
 * the explorer is designed for 5,000 nodes and 20,000 edges, and these leave generous room above.
 */
export const LIMITS = Object.freeze({
  /** Bytes of UTF-8 text in one file. */
  maxBytes: 20 * 1024 * 1024,
  maxNodes: 20_000,
  maxEdges: 100_000,
  maxSectors: 200,
  maxRelations: 500,
  maxSources: 1_000,
  maxStories: 100,
  /** Characters in any one string (labels, descriptions, quotes). */
  maxStringLength: 10_000,
  /** Characters in an id. */
  maxIdLength: 200,
  /** Items in any small list (aliases, sectors of a node, links, provenance entries). */
  maxListItems: 200,
  /** Bytes of UTF-8 in one source's text, carried in the file so it is self-contained. */
  maxSourceTextBytes: 2 * 1024 * 1024,
  /** Keys in a free-form attributes object. */
  maxAttributes: 100,
});
