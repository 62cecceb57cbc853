/**
 * Interface text that says what the screen shows and why: meetings read by their relations,
 * undirected links, notices, an empty canvas.
 */
export const guideEn = {
  'details.directedBy': 'Held at the direction of',
  'details.reportedBy': 'Reported in',
  'details.undirected': '{relation}',
  'notice.dismissAll': 'Dismiss all notices',
  'notice.earlier': '{count} earlier',
  'notice.fold': 'Fold notices',
  'filters.fitShown': 'Fit to what is shown',
  'canvas.noNodes': 'This graph has no nodes.',
  'canvas.allHidden': 'No node is shown: the filters hide all {count}.',
  'paths.evidenceFor': 'Evidence for “{relation}”',
  'paths.forward': 'in its direction',
  'paths.backward': 'against its direction',
  'table.size': 'Table height',
  'table.shrink': 'Less height',
  'table.grow': 'More height',
  'table.full': 'Whole screen',
  'legend.relations': 'Line colour: relation',
  'legend.moreRelations': '{count} more relations (see the Relations filter)',
  'roles.auto':
    'Grouped by {name}: the grouping that tells this graph’s nodes apart. Choose another above.',
  'label.asInFileNote': 'No Hindi name in the data; shown as the file writes it',
} as const;
