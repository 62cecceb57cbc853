/**
 * Interface text that says what the screen shows and why: meetings read by their relations,
 * undirected links, notices, an empty canvas.
 */
export const guideEn = {
  'notice.dismissAll': 'Dismiss all notices',
  'notice.earlier': '{count} earlier',
  'notice.fold': 'Fold notices',
  'filters.fitShown': 'Fit to what is shown',
  'canvas.noNodes': 'This graph has no nodes.',
  'canvas.allHidden': 'No node is shown: the filters hide all {count}.',
  'legend.relations': 'Line colour: relation',
  'legend.moreRelations': '{count} more relations (see the Relations filter)',
} as const;
