import type { screenEn } from '../screenStrings';

/** The Hindi of screenStrings.ts, fetched only when the interface is in Hindi. */
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
