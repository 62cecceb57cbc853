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

export const screenHi: Record<keyof typeof screenEn, string> = {
  'app.menu': 'मेनू',
  'app.menuLabel': 'डेटा, निर्यात, भाषा और साझा करना',
  'sheet.explore': 'खोज और फ़िल्टर',
  'sheet.side': 'विवरण',
  'sheet.close': 'बंद करें',
  'sheet.bar': 'पैनल',
  'walk.instructions':
    'तीर कुंजियां: ऊपर और नीचे चुने गए नोड के पड़ोसियों में घुमाती हैं, दाईं कुंजी सुने गए पड़ोसी पर ले जाती है, बाईं वापस लाती है। Enter विवरण खोलता है, वहां Escape यहां लौटाता है।',
  'walk.start': 'शुरुआत: {name}, {type}। संबंध: {count}।',
  'walk.neighbour': '{name}, {type}: {source} → {relation} → {target}। {count} में से {index}।',
  'walk.moved': 'अब {name} पर, {type}। संबंध: {count}।',
  'walk.none': '{name} का कोई दिखाया गया संबंध नहीं है।',
  'walk.empty': 'कोई नोड नहीं दिखाया गया है।',
  'toolbar.tiersBy': 'स्तर का आधार',
  'toolbar.ringsBy': 'वलय का आधार',
};
