import type { MessageKey } from '../strings';
import type { AnalysisKey } from '../analysisStrings';
import type { editEn } from '../editStrings';
import type { guideEn } from '../guideStrings';
import type { panelEn } from '../panelStrings';
import type { screenEn } from '../screenStrings';
import type { shellEn } from '../shellStrings';
import type { sourceEn } from '../sourceStrings';
import type { storyEn } from '../storyStrings';
import type { timeEn } from '../timeStrings';

type OwnKey = Exclude<
  MessageKey,
  | AnalysisKey
  | keyof typeof editEn
  | keyof typeof guideEn
  | keyof typeof panelEn
  | keyof typeof screenEn
  | keyof typeof shellEn
  | keyof typeof sourceEn
  | keyof typeof storyEn
  | keyof typeof timeEn
>;

/** The Hindi of strings.ts's own table, fetched only when the interface is in Hindi. */
export const baseHi: Record<OwnKey, string> = {
  'app.title': 'हितधारक ग्राफ़ एक्सप्लोरर',
  'app.skipLinks': 'सीधे जाएं',
  'app.skipToSearch': 'खोज पर जाएं',
  'app.skipToCanvas': 'ग्राफ़ पर जाएं',
  'app.skipToList': 'नोड सूची पर जाएं',
  'app.skipToSide': 'पार्श्व पैनल पर जाएं',
  'lang.switch': 'English',
  'lang.switchLabel': 'इंटरफ़ेस को अंग्रेज़ी में बदलें',
  'lang.unavailable':
    'हिन्दी इंटरफ़ेस नहीं लाया जा सका (क्या कनेक्शन बंद है?); यह अंग्रेज़ी में ही रहा। भाषा फिर से बदलकर देखें।',
  'share.button': 'इस दृश्य का लिंक कॉपी करें',
  'share.copied': 'लिंक कॉपी हो गया। इसे खोलने वाले को यही दृश्य दिखेगा।',
  'share.failed': 'कॉपी नहीं हो सका। पता पट्टी में इस दृश्य का लिंक है।',
  'search.label': 'लोग, संस्थाएं और विषय खोजें',
  'search.placeholder': 'हिन्दी या English में खोजें',
  'search.noResults': '“{query}” से कुछ नहीं मिला।',
  'search.results': '{count} परिणाम',
  'search.matchedAlias': '“{text}” से मिला',
  'filters.heading': 'फ़िल्टर',
  'filters.none': 'कोई नहीं',
  'filters.noSector': 'कोई क्षेत्र नहीं',
  'filters.clearAll': 'सभी फ़िल्टर हटाएं',
  'filters.active': 'सक्रिय फ़िल्टर',
  'chip.sectors': 'क्षेत्र: {list}',
  'chip.types': 'प्रकार: {list}',
  'chip.relations': 'संबंध: {list}',
  'chip.isolated': 'असंबद्ध छिपे',
  'chip.focus': 'केवल आस-पास',
  'chip.remove': 'फ़िल्टर हटाएं: {name}',
  'chip.andMore': '{list} +{count}',
  'counts.summary': '{totalNodes} में से {nodes} नोड · {totalEdges} में से {edges} संबंध',
  'toolbar.label': 'कैनवास नियंत्रण',
  'toolbar.fastDrawing': 'तेज़ चित्रण (WebGL, प्रायोगिक)',
  'canvas.noWebgl':
    'इस ब्राउज़र में ग्राफ़िक्स प्रोसेसर पर WebGL 2 नहीं है (सॉफ़्टवेयर वाला सामान्य चित्रण से धीमा है); ग्राफ़ पहले की तरह बनाया गया है।',
  'toolbar.layout': 'लेआउट',
  'toolbar.fit': 'फ़िट',
  'toolbar.fitLabel': 'दिखते ग्राफ़ को खिड़की में फ़िट करें',
  'toolbar.zoomIn': 'ज़ूम इन',
  'toolbar.zoomOut': 'ज़ूम आउट',
  'toolbar.reset': 'दृश्य रीसेट करें',
  'toolbar.resetLabel': 'ज़ूम, फ़िल्टर और चयन रीसेट करें',
  'toolbar.rerun': 'लेआउट दोबारा चलाएं',
  'toolbar.depth': 'आस-पास की गहराई',
  'toolbar.focusOnly': 'केवल आस-पास दिखाएं',
  'toolbar.fileLook': 'फ़ाइल के रंग और आकार',
  'layout.preset': 'जैसा फ़ाइल में बना है',
  'layout.fcose': 'बल-आधारित',
  'layout.concentric': 'माप के अनुसार वलय',
  'layout.breadthfirst': 'स्तर',
  'layout.circle': 'वृत्त',
  'layout.grid': 'प्रकार के अनुसार ग्रिड',
  'layout.progress': 'ग्राफ़ का विन्यास बन रहा है: {percent}%',
  'layout.cancel': 'विन्यास रोकें',
  'layout.failed': 'विन्यास की गणना नहीं हो सकी; नोड जहां हैं वहीं रहेंगे।',
  'depth.option': '{count} कदम',
  'depth.options': '{count} कदम',
  'canvas.label': '{nodes} नोड और {edges} संबंधों का ग्राफ़। नोड सूची में यही सामग्री है।',
  'canvas.error': 'ग्राफ़ का चित्र नहीं बन सका। सूचियां और विवरण काम कर रहे हैं।',
  'canvas.retry': 'फिर से बनाएं',
  'canvas.bundle': '{count} संबंध',
  'legend.heading': 'संकेत',
  'legend.types': 'नोड के प्रकार (आकार और रंग)',
  'legend.sectorRing': 'किनारे का रंग: नोड का पहला क्षेत्र',
  'legend.meetingHint': 'बैठकें दोहरी किनार वाले बड़े हीरे हैं',
  'details.close': 'चयन हटाएं',
  'evidence.unknown': 'नहीं बताया गया',
  'notice.heading': 'सूचनाएं',
  'notice.dismiss': 'हटाएं',
  'type.person': 'व्यक्ति',
  'type.government': 'सरकारी निकाय',
  'type.organisation': 'संस्था',
  'type.meeting': 'बैठक',
  'type.topic': 'विषय',
  'type.place': 'स्थान',
  'type.country': 'देश',
  'type.document': 'दस्तावेज़',
  'type.other': 'अन्य',
  'import.button': 'डेटा खोलें…',
  'import.title':
    'अपना ग्राफ़ लोड करें: इस ऐप का JSON, Cytoscape JSON (.json, .cyjs), GraphML, या नोड CSV के साथ संबंध CSV',
  'import.drop': 'ग्राफ़ फ़ाइल लोड करने के लिए यहां छोड़ें',
  'import.loading': '{name} लोड हो रहा है…',
  'format.stakeholder-graph': 'Stakeholder Graph JSON',
  'format.cytoscape-json': 'Cytoscape JSON',
  'format.csv': 'CSV',
  'format.graphml': 'GraphML',
  'format.gexf': 'GEXF (Gephi)',
  'format.node-link': 'node-link JSON (networkx, d3)',
  'import.loaded':
    '“{name}” ({format}) लोड हुआ: {nodes} नोड, {edges} संबंध। फ़िल्टर और चयन नए सिरे से शुरू।',
  'origin.bundled': 'डेटा: {name}, ऐप के साथ',
  'origin.file': 'डेटा: आपकी फ़ाइल {name} (साझा लिंक में दृश्य जाता है, फ़ाइल नहीं)',
  'origin.url': 'डेटा: {name}',
  'origin.backToShipped': 'ऐप के साथ आए डेटा पर लौटें',
  'origin.kept.saving': 'इस ब्राउज़र में रखा जा रहा है…',
  'origin.kept.saved': 'इस ब्राउज़र में रखा गया',
  'origin.kept.failed': 'इस ब्राउज़र में नहीं रखा जा सका',
  'fields.heading': 'फ़ील्ड',
  'fields.label': 'नाम',
  'fields.type': 'प्रकार',
  'fields.sectors': 'क्षेत्र',
  'fields.relation': 'संबंध',
  'fields.choose': '{role} यहाँ से लें',
  'fields.keep': '(जैसे हैं)',
  'fields.chosen': 'नोड के {role} अब “{name}” से आते हैं; पहले वाले “… (before)” में रखे गए हैं।',
  'import.restored': 'पिछली बार का आपका डेटा वापस लाया गया: “{name}”, {nodes} नोड, {edges} संबंध।',
  'export.button': 'निर्यात',
  'export.heading': 'जो दिख रहा है उसे निर्यात करें',
  'export.pngView': 'PNG: स्क्रीन पर दिखता दृश्य',
  'export.pngWhole': 'PNG: पूरा दिखता ग्राफ़',
  'export.svg': 'SVG: पूरा दिखता ग्राफ़, वेक्टर के रूप में',
  'export.json': 'फ़िल्टर किए दृश्य की JSON ग्राफ़ फ़ाइल',
  'export.csv': 'CSV: फ़िल्टर किए दृश्य के नोड और संबंध',
  'export.graphml': 'फ़िल्टर किए दृश्य का GraphML (yEd, Cytoscape, Gephi)',
  'export.gexf': 'फ़िल्टर किए दृश्य का GEXF (Gephi)',
  'label.englishOnly': '(EN)',
};
