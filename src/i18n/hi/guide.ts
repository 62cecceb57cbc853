import type { guideEn } from '../guideStrings';

/** The Hindi of guideStrings.ts, fetched only when the interface is in Hindi. */
export const guideHi: Record<keyof typeof guideEn, string> = {
  'notice.dismissAll': 'सभी सूचनाएं हटाएं',
  'notice.earlier': '{count} पहले की',
  'notice.fold': 'सूचनाएं समेटें',
  'filters.fitShown': 'जो दिख रहा है उसे फ़िट करें',
  'canvas.noNodes': 'इस ग्राफ़ में कोई नोड नहीं है।',
  'canvas.allHidden': 'कोई नोड नहीं दिख रहा: फ़िल्टर सभी {count} को छिपा रहे हैं।',
  'legend.relations': 'रेखा का रंग: संबंध',
  'legend.moreRelations': '{count} और संबंध (संबंध फ़िल्टर देखें)',
};
