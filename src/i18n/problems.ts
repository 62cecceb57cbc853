import { FORMAT_EXTENSIONS, IMPORT_FORMATS } from '../formats/types';
import { NODE_TYPES } from '../schema/graphFile';
import type {
  CountedThing,
  JsonExpectation,
  Problem,
  ProblemCode,
  ProblemParams,
} from '../schema/problems';
import { formatCount, STRINGS, type Lang } from './strings';

type Wording = { readonly [C in ProblemCode]: (p: ProblemParams[C]) => string };

/** What files the importer reads, from the one list of formats, in each language. */
function formatHelp(lang: Lang): string {
  const whole = IMPORT_FORMATS.filter((f) => f !== 'csv');
  const names = whole.map((f) => STRINGS[lang][`format.${f}`]);
  const files = [...new Set(whole.flatMap((f) => FORMAT_EXTENSIONS[f]))].join(', ');
  const last = names.pop();
  return lang === 'hi'
    ? `एक ग्राफ़ फ़ाइल चुनें (${names.join(', ')} या ${last}: ${files}), या एक नोड CSV और एक संबंध CSV`
    : `choose one graph file (${names.join(', ')} or ${last}: ${files}), or a nodes CSV and an edges CSV`;
}
const FORMAT_HELP_EN = formatHelp('en');
const FORMAT_HELP_HI = formatHelp('hi');

const COUNTED: Readonly<Record<Lang, Record<CountedThing, string>>> = {
  en: {
    nodes: 'nodes',
    edges: 'edges',
    rows: 'rows',
    files: 'files',
    items: 'items',
    keys: 'keys',
    sectors: 'sectors',
    relations: 'relations',
    sources: 'sources',
  },
  hi: {
    nodes: 'नोड',
    edges: 'संबंध',
    rows: 'पंक्तियाँ',
    files: 'फ़ाइलें',
    items: 'प्रविष्टियाँ',
    keys: 'कुंजियाँ',
    sectors: 'क्षेत्र',
    relations: 'संबंध-प्रकार',
    sources: 'स्रोत',
  },
};

const ONE: Readonly<Record<'sectors' | 'relations' | 'sources' | 'nodes' | 'edges', string>> = {
  sectors: 'sector',
  relations: 'relation',
  sources: 'source',
  nodes: 'node',
  edges: 'edge',
};

const EXPECTED: Readonly<Record<Lang, Record<JsonExpectation, string>>> = {
  en: {
    value: 'expected a value',
    propertyName: 'expected a property name in double quotes',
    colon: "expected ':' after the property name",
    commaOrBrace: "expected ',' or '}'",
    commaOrBracket: "expected ',' or ']'",
    endOfFile: 'expected the end of the file',
    number: 'invalid number',
    escape: 'invalid escape in string',
    unicodeEscape: '\\u must be followed by four hex digits',
    noControlInString: 'strings cannot contain raw control characters or line breaks',
    closedString: 'a string is not closed',
    more: '',
  },
  hi: {
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
  },
};

function found(lang: Lang, what: string): string {
  if (what === 'EOF') return lang === 'en' ? 'the file ends too early' : 'फ़ाइल समय से पहले ख़त्म हो गई';
  if (what === 'EOL') return lang === 'en' ? 'unexpected end of line' : 'अनपेक्षित पंक्ति-अंत';
  return lang === 'en' ? `unexpected ${what}` : `अनपेक्षित ${what}`;
}

const joined = (...parts: string[]) => parts.filter(Boolean).join('; ');

function typeName(lang: Lang, type: string): string {
  const known = NODE_TYPES.find((t) => t === type);
  const name = known ? STRINGS[lang][`type.${known}`] : type;
  return lang === 'en' ? name.toLowerCase() : name;
}

const n = (lang: Lang, count: number) => formatCount(lang, count);
/** An English noun with its article: `a person`, `an organisation`. */
const aOrAn = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

const UNITS: readonly (readonly [number, string])[] = [
  [1024 * 1024, 'MiB'],
  [1024, 'KiB'],
];

/** A byte count as people read it: `20.0 MiB`, `3.5 KiB`, `1 byte`. */
function bytes(lang: Lang, count: number): string {
  for (const [unit, name] of UNITS)
    if (count >= unit)
      return `${(count / unit).toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${name}`;
  if (lang === 'hi') return `${n('hi', count)} बाइट`;
  return `${n('en', count)} ${count === 1 ? 'byte' : 'bytes'}`;
}

/** A size over a limit, never written as the limit itself: `20.0 MiB + 1 byte`. */
function over(lang: Lang, size: number, limit: number): string {
  return size > limit && bytes(lang, size) === bytes(lang, limit)
    ? `${bytes(lang, limit)} + ${bytes(lang, size - limit)}`
    : bytes(lang, size);
}

const en: Wording = {
  'limit.tooLarge': (p) =>
    `the file is ${over('en', p.size, p.limit)}, over the limit of ${bytes('en', p.limit)}`,
  'limit.tooLargeStopped': (p) =>
    `the file is over the limit of ${bytes('en', p.limit)}; the download was stopped`,
  'limit.tooMany': (p) =>
    `has ${n('en', p.count)} ${COUNTED.en[p.what]}; the limit is ${n('en', p.limit)}`,
  'input.empty': () => 'the file is empty',
  'input.noRows': () => 'the file has no rows',
  'input.notUtf8': () =>
    'the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again',
  'input.unreadable': (p) => `the file could not be read (${p.detail})`,
  'input.internal': (p) =>
    `the file could not be read because of a fault in the app (${p.detail}); nothing was changed`,
  'import.noFile': () => `no file was given; ${FORMAT_HELP_EN}`,
  'import.tooManyFiles': (p) => `${n('en', p.count)} files were given; ${FORMAT_HELP_EN}`,
  'import.csvPair': () =>
    'choose one nodes CSV (with an "id" column) and one edges CSV (with "from" and "to" columns)',
  'import.unknownJson': () => `this JSON is not a graph the app knows; ${FORMAT_HELP_EN}`,
  'json.syntax': (p) => `malformed JSON: ${joined(EXPECTED.en[p.expected], found('en', p.found))}`,
  'json.tooDeep': () => 'the JSON is nested too deeply to read',
  'reserved.key': (p) => `"${p.key}" is not allowed as a name; rename it`,
  'reserved.attribute': (p) =>
    `the ${p.kind} has an attribute named "${p.key}", which is not allowed; rename it`,
  'reserved.column': (p) => `the column name "${p.name}" is not allowed; rename it`,
  'reserved.xmlName': (p) => `the name "${p.name}" is not allowed in the XML; rename it`,
  'reserved.id': (p) => `"${p.id}" is a reserved name and cannot be an id; rename it`,
  'schema.required': () => 'is required',
  'schema.type': (p) => `expected ${p.expected}, got ${p.got}`,
  'schema.literal': (p) => `must be ${p.expected} (got ${p.got})`,
  'schema.version': (p) => `this app reads version ${p.expected} of the format (got ${p.got})`,
  'schema.enum': (p) => `${p.got} is not allowed; use one of: ${p.allowed}`,
  'schema.tooLong': (p) => `is longer than ${n('en', p.limit)} characters`,
  'schema.max': (p) => `must be at most ${n('en', p.limit)}`,
  'schema.tooFew': (p) => `needs at least ${n('en', p.limit)} items`,
  'schema.min': (p) => `must be at least ${n('en', p.limit)}`,
  'schema.above': (p) => `must be more than ${n('en', p.limit)}`,
  'schema.empty': () => 'must not be empty',
  'schema.unknownField': () => 'is not a known field',
  'schema.whitespace': () => 'must not start or end with white space',
  'schema.control': () => 'must not contain control characters',
  'schema.date': () => 'must be YYYY, YYYY-MM, YYYY-MM-DD or "unknown"',
  'schema.url': () => 'must be an http:// or https:// address',
  'schema.language': () => 'must be a language code such as "hi"',
  'schema.colour': () => 'must be a colour like "#1d4ed8"',
  'schema.invalid': (p) => joined('has an invalid value', p.detail),
  'id.duplicate': (p) =>
    `"${p.id}" is already the id of ${p.first}; ${ONE[p.what]} ids must be unique`,
  'id.duplicateAcross': (p) =>
    `"${p.id}" is already the id of ${p.first}; ids must be unique across nodes and edges`,
  'ref.node': (p) => `"${p.id}" is not a node id`,
  'ref.sector': (p) => `"${p.id}" is not a sector id; declare it under "sectors"`,
  'ref.relation': (p) => `"${p.id}" is not a relation id; declare it under "relations"`,
  'ref.source': (p) => `"${p.id}" is not a source id; declare it under "sources"`,
  'ref.notOrganisation': (p) =>
    `"${p.id}" is ${aOrAn(typeName('en', p.type))}, not an organisation, government body or country`,
  'ref.notMeeting': (p) => `"${p.id}" is ${aOrAn(typeName('en', p.type))}, not a meeting`,
  'sectors.repeated': () => 'lists a sector more than once',
  'evidence.missing': () => 'has no evidence; add the sentence that supports it',
  'evidence.selectorQuote': () =>
    "the selector's exact text is not the quote; they must be the same",
  'evidence.selectorOrder': () => "the selector's end comes before its start",
  'evidence.notInSource': (p) => `the quote is not in the text of source "${p.source}"`,
  'evidence.moved': (p) =>
    `the quote is in source "${p.source}", but not where its selector says; it was found by its words`,
  'evidence.nearest': (p) =>
    `the quote is not in the text of source "${p.source}"; nearest: “${p.nearest}” (${n('en', p.likeness)}% alike)`,
  'limit.sourceText': (p) =>
    `the source's text is ${over('en', p.size, p.limit)}, over the limit of ${bytes('en', p.limit)} for one source`,
  'evidence.missingMany': (p) =>
    `${n('en', p.count)} relationships have no evidence; add the sentence each rests on (a "quote" column, or "provenance" in this app’s JSON)`,
  'import.namesGuessed': (p) =>
    p.role === 'label'
      ? `"${p.from}" holds codes, so node names were taken from "${p.to}"; the codes are kept under "label (before)" (Fields in the side panel changes this)`
      : `"${p.from}" holds codes, so relations were taken from "${p.to}"; the codes are kept under "relation (before)" (Fields in the side panel changes this)`,
  'ids.edgesRenamed': (p) =>
    `${n('en', p.count)} edge ids were also node ids; those edges were given new ids, and each keeps its original under "id"`,
  'csv.unclosedQuote': () => 'a quoted cell is never closed; add the closing "',
  'csv.strayQuote': () => 'a cell has a stray quote; write "" for a quote inside quotes',
  'csv.row': (p) => `could not read the row: ${p.detail}`,
  'csv.unnamedColumn': () => 'a column has no name; name it',
  'csv.duplicateColumn': (p) => `the column "${p.name}" appears twice`,
  'csv.noIdColumn': () => 'the nodes file has no "id" column; add one with a unique id per row',
  'csv.emptyId': () => 'the id is empty',
  'csv.rowsMerged': (p) =>
    `${n('en', p.rows)} ${p.rows === 1 ? 'row repeats' : 'rows repeat'} a node id above and ${p.rows === 1 ? 'was' : 'were'} merged into it: blanks filled, ${p.conflicts === 0 ? 'no value in conflict' : `${n('en', p.conflicts)} conflicting ${p.conflicts === 1 ? 'value' : 'values'} left as the first row has ${p.conflicts === 1 ? 'it' : 'them'}`}`,
  'csv.tooManyCells': (p) =>
    `the row has ${n('en', p.cells)} cells but there are ${n('en', p.columns)} columns; a line break or a quote is probably missing`,
  'cy.notList': (p) => `must be a list, not ${p.got}`,
  'cy.badElements': (p) => `must be a list or an object with "nodes" and "edges", not ${p.got}`,
  'cy.noData': () => 'must be an object with a "data" object',
  'cy.badId': (p) => `must be a string or number, not ${p.got}`,
  'xml.entity': () => 'entity declarations (<!ENTITY) are not read; remove them',
  'xml.malformed': (p) => `malformed XML: ${p.detail}`,
  'xml.badCharRef': (p) => `${p.ref} is not a character XML allows; remove it`,
  'xml.tooDeep': (p) =>
    `elements are nested more than ${n('en', p.limit)} deep here; no graph file needs that`,
  'xml.notGraphml': () => 'this XML is not GraphML: it has no <graphml> element',
  'xml.notGexf': () => 'this GEXF file has no <graph> element',
  'xml.noNodeId': () => 'the node has no id attribute',
  'remote.httpsOnly': () =>
    'only https:// addresses and files on this site can be loaded; check the data= part of the link',
  'remote.unreachable': () =>
    'the server could not be reached, or it does not allow this page to read the file (CORS); the server must send Access-Control-Allow-Origin',
  'remote.redirect': (p) =>
    `the server redirected to ${p.url}, which is not https://; nothing was loaded`,
  'remote.status': (p) => `the server answered ${p.status}; check the address`,
  'remote.contentType': (p) =>
    `the server sent ${p.type}, not a graph file (JSON, GraphML or CSV); check the address`,
  'remote.brokeOff': () => 'the download broke off; try again',
  'remote.credentials': (p) =>
    `the address carries a user name or password before ${p.host}; such addresses are not loaded, remove the part before @`,
  'remote.redirectBlocked': () =>
    'the server sent the request on to another address, and the browser would not follow it (to plain http://, or to a site that does not allow this page to read it); nothing was loaded',
  'remote.timeout': (p) =>
    `the server sent nothing for ${n('en', p.seconds)} seconds, so the download was stopped; nothing was loaded, try again later`,
  'remote.superseded': () => 'stopped, because another file was opened meanwhile',
  'problems.more': (p) => `…and ${n('en', p.count)} more problem${p.count === 1 ? '' : 's'}`,
};

const hi: Wording = {
  'limit.tooLarge': (p) =>
    `फ़ाइल ${over('hi', p.size, p.limit)} की है, सीमा ${bytes('hi', p.limit)} से अधिक`,
  'limit.tooLargeStopped': (p) =>
    `फ़ाइल ${bytes('hi', p.limit)} की सीमा से बड़ी है; डाउनलोड रोक दिया गया`,
  'limit.tooMany': (p) =>
    `इसमें ${n('hi', p.count)} ${COUNTED.hi[p.what]} हैं; सीमा ${n('hi', p.limit)} है`,
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
  'json.syntax': (p) => `JSON ग़लत है: ${joined(EXPECTED.hi[p.expected], found('hi', p.found))}`,
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
  'schema.url': () => 'http:// या https:// पता होना चाहिए',
  'schema.language': () => 'भाषा कोड होना चाहिए, जैसे "hi"',
  'schema.colour': () => '"#1d4ed8" जैसा रंग होना चाहिए',
  'schema.invalid': (p) => joined('मान अमान्य है', p.detail),
  'id.duplicate': (p) =>
    `"${p.id}" पहले से ${p.first} की id है; ${COUNTED.hi[p.what]} की id अलग-अलग होनी चाहिए`,
  'id.duplicateAcross': (p) =>
    `"${p.id}" पहले से ${p.first} की id है; नोड और संबंधों की id अलग-अलग होनी चाहिए`,
  'ref.node': (p) => `"${p.id}" किसी नोड की id नहीं है`,
  'ref.sector': (p) => `"${p.id}" किसी क्षेत्र की id नहीं है; इसे "sectors" में घोषित करें`,
  'ref.relation': (p) => `"${p.id}" किसी संबंध-प्रकार की id नहीं है; इसे "relations" में घोषित करें`,
  'ref.source': (p) => `"${p.id}" किसी स्रोत की id नहीं है; इसे "sources" में घोषित करें`,
  'ref.notOrganisation': (p) =>
    `"${p.id}" एक ${typeName('hi', p.type)} है, संस्था, सरकारी निकाय या देश नहीं`,
  'ref.notMeeting': (p) => `"${p.id}" एक ${typeName('hi', p.type)} है, बैठक नहीं`,
  'sectors.repeated': () => 'एक क्षेत्र एक से अधिक बार लिखा है',
  'evidence.missing': () => 'इसका कोई साक्ष्य नहीं है; इसका समर्थन करने वाला वाक्य जोड़ें',
  'evidence.selectorQuote': () => 'चयनक (selector) का exact पाठ उद्धरण नहीं है; दोनों एक ही होने चाहिए',
  'evidence.selectorOrder': () => 'चयनक (selector) का अंत उसके आरंभ से पहले आता है',
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

const WORDING: Readonly<Record<Lang, Wording>> = { en, hi };

/** What a problem says, in a language, without where it is. */
export function problemMessage(p: Problem, lang: Lang): string {
  // Each member of the Problem union pairs a code with its own parameters; indexing the table
  // by that code gives the function for exactly those parameters.
  const word = WORDING[lang][p.code] as (params: Problem['params']) => string;
  return word(p.params);
}

/** One line for a problem: `file: line 3, column 5: edges[2].id: message`, in a language. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where: string[] = [];
  if (p.file) where.push(p.file);
  if (p.line !== undefined) {
    const line = lang === 'en' ? `line ${p.line}` : `पंक्ति ${p.line}`;
    const column = lang === 'en' ? `column ${p.column}` : `स्तंभ ${p.column}`;
    where.push(p.column !== undefined ? `${line}, ${column}` : line);
  }
  if (p.path) where.push(p.path);
  const message = problemMessage(p, lang);
  return where.length ? `${where.join(': ')}: ${message}` : message;
}
