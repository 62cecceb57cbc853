import type { CountedThing, JsonExpectation } from '../../schema/problems';
import { bytes, formatHelp, found, joined, n, over, typeName, type Wording } from '../problemParts';
import { hiMessages } from './messages';

const FORMAT_HELP_HI = formatHelp('hi', hiMessages);

const COUNTED: Readonly<Record<CountedThing, string>> = {
  nodes: 'नोड',
  edges: 'संबंध',
  rows: 'पंक्तियाँ',
  files: 'फ़ाइलें',
  items: 'प्रविष्टियाँ',
  keys: 'कुंजियाँ',
  sectors: 'क्षेत्र',
  relations: 'संबंध-प्रकार',
  sources: 'स्रोत',
  stories: 'कहानियाँ',
};

const EXPECTED: Readonly<Record<JsonExpectation, string>> = {
  value: 'यहाँ कोई मान अपेक्षित था',
  propertyName: 'दोहरे उद्धरण चिह्नों में गुण का नाम अपेक्षित था',
  colon: "गुण के नाम के बाद ':' अपेक्षित था",
  commaOrBrace: "',' या '}' अपेक्षित था",
  commaOrBracket: "',' या ']' अपेक्षित था",
  endOfFile: 'यहाँ फ़ाइल का अंत अपेक्षित था',
  number: 'संख्या ग़लत है',
  escape: 'स्ट्रिंग में ग़लत एस्केप',
  unicodeEscape: '\\u के बाद चार हेक्स अंक होने चाहिए',
  noControlInString: 'स्ट्रिंग में सीधे नियंत्रण वर्ण या पंक्ति-विराम नहीं हो सकते',
  closedString: 'एक स्ट्रिंग बंद नहीं हुई',
  more: '',
};

/** What each problem says in Hindi; fetched only when the interface is in Hindi. */
export const hiWording: Wording = {
  'limit.tooLarge': (p) =>
    `फ़ाइल ${over('hi', p.size, p.limit)} की है, सीमा ${bytes('hi', p.limit)} से अधिक`,
  'limit.tooLargeStopped': (p) =>
    `फ़ाइल ${bytes('hi', p.limit)} की सीमा से बड़ी है; डाउनलोड रोक दिया गया`,
  'limit.tooMany': (p) =>
    `इसमें ${n('hi', p.count)} ${COUNTED[p.what]} हैं; सीमा ${n('hi', p.limit)} है`,
  'input.empty': () => 'फ़ाइल ख़ाली है',
  'input.noRows': () => 'फ़ाइल में कोई पंक्ति नहीं है',
  'input.notUtf8': () =>
    'फ़ाइल UTF-8 पाठ नहीं है; उसे UTF-8 में सहेजें (स्प्रेडशीट में: CSV UTF-8) और फिर कोशिश करें',
  'input.unreadable': (p) => `फ़ाइल पढ़ी नहीं जा सकी (${p.detail})`,
  'input.internal': (p) =>
    `ऐप की एक ख़राबी के कारण फ़ाइल पढ़ी नहीं जा सकी (${p.detail}); कुछ नहीं बदला गया`,
  'import.noFile': () => `कोई फ़ाइल नहीं दी गई; ${FORMAT_HELP_HI}`,
  'import.tooManyFiles': (p) => `${n('hi', p.count)} फ़ाइलें दी गईं; ${FORMAT_HELP_HI}`,
  'import.csvPair': () =>
    'एक नोड CSV ("id" स्तंभ के साथ) और एक संबंध CSV ("from" और "to" स्तंभों के साथ) चुनें',
  'import.unknownJson': () => `यह JSON ऐसा ग्राफ़ नहीं है जिसे ऐप पहचानता है; ${FORMAT_HELP_HI}`,
  'json.syntax': (p) => `JSON ग़लत है: ${joined(EXPECTED[p.expected], found('hi', p.found))}`,
  'json.tooDeep': () => 'JSON इतना गहरा नेस्ट है कि पढ़ा नहीं जा सकता',
  'reserved.key': (p) => `"${p.key}" नाम की अनुमति नहीं है; इसका नाम बदलें`,
  'reserved.attribute': (p) =>
    `${p.kind === 'node' ? 'नोड' : 'संबंध'} में "${p.key}" नाम का गुण है, जिसकी अनुमति नहीं है; इसका नाम बदलें`,
  'reserved.column': (p) => `स्तंभ का नाम "${p.name}" अनुमत नहीं है; इसका नाम बदलें`,
  'reserved.xmlName': (p) => `XML में "${p.name}" नाम अनुमत नहीं है; इसका नाम बदलें`,
  'reserved.id': (p) => `"${p.id}" एक आरक्षित नाम है और id नहीं हो सकता; इसका नाम बदलें`,
  'schema.required': () => 'आवश्यक है',
  'schema.type': (p) => `${p.expected} अपेक्षित था, मिला ${p.got}`,
  'schema.literal': (p) => `${p.expected} होना चाहिए (मिला ${p.got})`,
  'schema.version': (p) => `यह ऐप प्रारूप का संस्करण ${p.expected} पढ़ता है (मिला ${p.got})`,
  'schema.enum': (p) => `${p.got} अनुमत नहीं है; इनमें से एक लिखें: ${p.allowed}`,
  'schema.tooLong': (p) => `${n('hi', p.limit)} वर्णों से लंबा है`,
  'schema.max': (p) => `अधिकतम ${n('hi', p.limit)} होना चाहिए`,
  'schema.tooFew': (p) => `कम से कम ${n('hi', p.limit)} प्रविष्टियाँ चाहिए`,
  'schema.min': (p) => `कम से कम ${n('hi', p.limit)} होना चाहिए`,
  'schema.above': (p) => `${n('hi', p.limit)} से अधिक होना चाहिए`,
  'schema.empty': () => 'ख़ाली नहीं होना चाहिए',
  'schema.unknownField': () => 'यह कोई ज्ञात फ़ील्ड नहीं है',
  'schema.whitespace': () => 'शुरू या अंत में रिक्त स्थान नहीं होना चाहिए',
  'schema.control': () => 'इसमें नियंत्रण वर्ण नहीं होने चाहिए',
  'schema.date': () => 'YYYY, YYYY-MM, YYYY-MM-DD या "unknown" होना चाहिए',
  'schema.partialDate': () => 'तारीख़ होनी चाहिए: YYYY, YYYY-MM या YYYY-MM-DD',
  'schema.url': () => 'http:// या https:// पता होना चाहिए',
  'schema.language': () => 'भाषा कोड होना चाहिए, जैसे "hi"',
  'schema.colour': () => '"#1d4ed8" जैसा रंग होना चाहिए',
  'schema.invalid': (p) => joined('मान अमान्य है', p.detail),
  'id.duplicate': (p) =>
    `"${p.id}" पहले से ${p.first} की id है; ${COUNTED[p.what]} की id अलग-अलग होनी चाहिए`,
  'id.duplicateAcross': (p) =>
    `"${p.id}" पहले से ${p.first} की id है; नोड और संबंधों की id अलग-अलग होनी चाहिए`,
  'ref.node': (p) => `"${p.id}" किसी नोड की id नहीं है`,
  'ref.sector': (p) => `"${p.id}" किसी क्षेत्र की id नहीं है; इसे "sectors" में घोषित करें`,
  'ref.relation': (p) => `"${p.id}" किसी संबंध-प्रकार की id नहीं है; इसे "relations" में घोषित करें`,
  'ref.source': (p) => `"${p.id}" किसी स्रोत की id नहीं है; इसे "sources" में घोषित करें`,
  'ref.edge': (p) => `"${p.id}" किसी संबंध की id नहीं है`,
  'ref.quote': (p) => `संबंध "${p.id}" में ${n('hi', p.count)} उद्धरण हैं, 0 से गिने हुए`,
  'ref.notOrganisation': (p) =>
    `"${p.id}" एक ${typeName('hi', p.type)} है, संस्था, सरकारी निकाय या देश नहीं`,
  'ref.notMeeting': (p) => `"${p.id}" एक ${typeName('hi', p.type)} है, बैठक नहीं`,
  'sectors.repeated': () => 'एक क्षेत्र एक से अधिक बार लिखा है',
  'evidence.missing': () => 'इसका कोई साक्ष्य नहीं है; इसका समर्थन करने वाला वाक्य जोड़ें',
  'evidence.selectorQuote': () => 'चयनक (selector) का exact पाठ उद्धरण नहीं है; दोनों एक ही होने चाहिए',
  'evidence.selectorOrder': () => 'चयनक (selector) का अंत उसके आरंभ से पहले आता है',
  'date.order': (p) => `आरंभ (${p.start}) से पहले ही अंत (${p.end}) है`,
  'evidence.notInSource': (p) => `उद्धरण स्रोत "${p.source}" के पाठ में नहीं है`,
  'evidence.moved': (p) =>
    `उद्धरण स्रोत "${p.source}" में है, पर वहाँ नहीं जहाँ उसका चयनक बताता है; वह अपने शब्दों से मिला`,
  'evidence.nearest': (p) =>
    `उद्धरण स्रोत "${p.source}" के पाठ में नहीं है; सबसे निकट: “${p.nearest}” (${n('hi', p.likeness)}% समान)`,
  'limit.sourceText': (p) =>
    `स्रोत का पाठ ${over('hi', p.size, p.limit)} का है, एक स्रोत की सीमा ${bytes('hi', p.limit)} से अधिक`,
  'evidence.missingMany': (p) =>
    `${n('hi', p.count)} संबंधों का कोई साक्ष्य नहीं है; हर संबंध का आधार-वाक्य जोड़ें ("quote" स्तंभ में, या इस ऐप के JSON में "provenance" में)`,
  'import.namesGuessed': (p) =>
    p.role === 'label'
      ? `"${p.from}" में कोड हैं, इसलिए नोड के नाम "${p.to}" से लिए गए; कोड "label (before)" में रखे गए (साइड पैनल के फ़ील्ड में इसे बदलें)`
      : `"${p.from}" में कोड हैं, इसलिए संबंध "${p.to}" से लिए गए; कोड "relation (before)" में रखे गए (साइड पैनल के फ़ील्ड में इसे बदलें)`,
  'ids.edgesRenamed': (p) =>
    `${n('hi', p.count)} संबंधों की id किसी नोड की id भी थी; उन्हें नई id दी गई, और मूल id "id" में रखी गई`,
  'csv.unclosedQuote': () => 'उद्धरण चिह्न में शुरू हुआ एक सेल कभी बंद नहीं होता; समापन " जोड़ें',
  'csv.strayQuote': () => 'एक सेल में अकेला उद्धरण चिह्न है; उद्धरण के भीतर उद्धरण के लिए "" लिखें',
  'csv.row': (p) => `पंक्ति पढ़ी नहीं जा सकी: ${p.detail}`,
  'csv.unnamedColumn': () => 'एक स्तंभ का कोई नाम नहीं है; उसे नाम दें',
  'csv.duplicateColumn': (p) => `स्तंभ "${p.name}" दो बार आता है`,
  'csv.noIdColumn': () => 'नोड फ़ाइल में "id" स्तंभ नहीं है; हर पंक्ति के लिए अलग id वाला स्तंभ जोड़ें',
  'csv.emptyId': () => 'id ख़ाली है',
  'csv.rowsMerged': (p) =>
    `${n('hi', p.rows)} पंक्तियाँ ऊपर की किसी नोड id को दोहराती हैं और उसमें मिला दी गईं: ख़ाली जगहें भरी गईं, ${p.conflicts === 0 ? 'कोई मान टकराया नहीं' : `टकराते ${n('hi', p.conflicts)} मान पहली पंक्ति जैसे रखे गए`}`,
  'csv.tooManyCells': (p) =>
    `पंक्ति में ${n('hi', p.cells)} सेल हैं पर स्तंभ ${n('hi', p.columns)} हैं; शायद कोई पंक्ति-विराम या उद्धरण चिह्न छूट गया है`,
  'cy.notList': (p) => `सूची होनी चाहिए, ${p.got} नहीं`,
  'cy.badElements': (p) => `सूची या "nodes" और "edges" वाला ऑब्जेक्ट होना चाहिए, ${p.got} नहीं`,
  'cy.noData': () => '"data" ऑब्जेक्ट वाला ऑब्जेक्ट होना चाहिए',
  'cy.badId': (p) => `स्ट्रिंग या संख्या होनी चाहिए, ${p.got} नहीं`,
  'xml.entity': () => 'एंटिटी घोषणाएँ (<!ENTITY) पढ़ी नहीं जातीं; उन्हें हटाएँ',
  'xml.malformed': (p) => `XML ग़लत है: ${p.detail}`,
  'xml.badCharRef': (p) => `${p.ref} ऐसा वर्ण है जिसकी XML अनुमति नहीं देता; इसे हटाएँ`,
  'xml.tooDeep': (p) =>
    `यहाँ तत्व ${n('hi', p.limit)} से अधिक स्तर गहरे हैं; किसी ग्राफ़ फ़ाइल को इसकी ज़रूरत नहीं`,
  'xml.notGraphml': () => 'यह XML GraphML नहीं है: इसमें <graphml> तत्व नहीं है',
  'xml.notGexf': () => 'इस GEXF फ़ाइल में <graph> तत्व नहीं है',
  'xml.noNodeId': () => 'नोड में id गुण नहीं है',
  'remote.httpsOnly': () =>
    'केवल https:// पते और इसी साइट की फ़ाइलें लोड की जा सकती हैं; लिंक का data= भाग जाँचें',
  'remote.unreachable': () =>
    'सर्वर तक पहुँचा नहीं जा सका, या वह इस पेज को फ़ाइल पढ़ने नहीं देता (CORS); सर्वर को Access-Control-Allow-Origin भेजना होगा',
  'remote.redirect': (p) => `सर्वर ने ${p.url} पर भेजा, जो https:// नहीं है; कुछ भी लोड नहीं हुआ`,
  'remote.status': (p) => `सर्वर ने ${p.status} उत्तर दिया; पता जाँचें`,
  'remote.contentType': (p) =>
    `सर्वर ने ${p.type} भेजा, ग्राफ़ फ़ाइल (JSON, GraphML या CSV) नहीं; पता जाँचें`,
  'remote.brokeOff': () => 'डाउनलोड बीच में टूट गया; फिर कोशिश करें',
  'remote.credentials': (p) =>
    `पते में ${p.host} से पहले उपयोगकर्ता नाम या पासवर्ड है; ऐसे पते लोड नहीं होते, @ से पहले का भाग हटाएँ`,
  'remote.redirectBlocked': () =>
    'सर्वर ने अनुरोध दूसरे पते पर भेजा, और ब्राउज़र वहाँ नहीं गया (सादे http:// पर, या ऐसी साइट पर जो इस पेज को पढ़ने नहीं देती); कुछ भी लोड नहीं हुआ',
  'remote.timeout': (p) =>
    `सर्वर ने ${n('hi', p.seconds)} सेकंड तक कुछ नहीं भेजा, इसलिए डाउनलोड रोक दिया गया; कुछ भी लोड नहीं हुआ, बाद में फिर कोशिश करें`,
  'remote.superseded': () => 'रोका गया, क्योंकि इस बीच दूसरी फ़ाइल खोली गई',
  'problems.more': (p) => `…और ${n('hi', p.count)} समस्याएँ`,
};
