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
};
