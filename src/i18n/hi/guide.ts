import type { guideEn } from '../guideStrings';

/** The Hindi of guideStrings.ts, fetched only when the interface is in Hindi. */
export const guideHi: Record<keyof typeof guideEn, string> = {
  'details.directedBy': 'जिनके निर्देश पर हुई',
  'details.reportedBy': 'जहाँ रिपोर्ट हुई',
  'details.undirected': '{relation}',
  'notice.dismissAll': 'सभी सूचनाएं हटाएं',
  'notice.earlier': '{count} पहले की',
  'notice.fold': 'सूचनाएं समेटें',
  'filters.fitShown': 'जो दिख रहा है उसे फ़िट करें',
  'canvas.noNodes': 'इस ग्राफ़ में कोई नोड नहीं है।',
  'canvas.allHidden': 'कोई नोड नहीं दिख रहा: फ़िल्टर सभी {count} को छिपा रहे हैं।',
  'paths.evidenceFor': '“{relation}” का प्रमाण',
  'paths.forward': 'उसकी दिशा में',
  'paths.backward': 'उसकी दिशा के उलट',
  'table.size': 'तालिका की ऊंचाई',
  'table.shrink': 'कम ऊंचाई',
  'table.grow': 'अधिक ऊंचाई',
  'table.full': 'पूरी स्क्रीन',
  'legend.relations': 'रेखा का रंग: संबंध',
  'legend.moreRelations': '{count} और संबंध (संबंध फ़िल्टर देखें)',
  'roles.auto': 'समूह का आधार — {name}: वह समूहन जो इस ग्राफ़ के नोडों को अलग करता है। ऊपर कोई और चुनें।',
  'label.asInFileNote': 'डेटा में हिन्दी नाम नहीं है; फ़ाइल में जैसा लिखा है वैसा दिखाया गया है',
};
