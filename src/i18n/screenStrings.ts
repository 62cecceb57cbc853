/** Interface text of the screen layouts and keyboard walk (phone sheets, menu, canvas keys). */
export const screenEn = {
  'app.menu': 'Menu',
  'app.menuLabel': 'Data, export, language and sharing',
  'sheet.explore': 'Search and filters',
  'sheet.side': 'Details',
  'sheet.close': 'Close',
  'sheet.bar': 'Panels',
  'walk.instructions':
    'Arrow keys: up and down go through the neighbours of the selected node, right moves to the one heard, left goes back. Enter opens the details, Escape there returns here.',
  'walk.start': 'Start: {name}, {type}. Connections: {count}.',
  'walk.neighbour': '{name}, {type}: {source} {relation} {target}. {index} of {count}.',
  'walk.moved': 'Now at {name}, {type}. Connections: {count}.',
  'walk.none': '{name} has no shown connections.',
  'walk.empty': 'No node is shown.',
  'toolbar.tiersBy': 'Tiers by',
  'toolbar.ringsBy': 'Rings by',
} as const;
