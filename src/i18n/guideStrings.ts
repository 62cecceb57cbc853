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
} as const;

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
  'roles.auto': '{name} के अनुसार समूह: वह समूहन जो इस ग्राफ़ के नोडों को अलग करता है। ऊपर कोई और चुनें।',
};
