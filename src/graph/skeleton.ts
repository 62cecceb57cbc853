/**
 * Names as sounds: a word's consonant skeleton, the same across scripts ("Suzuki" and "सुजुकी"
 * give "sjk"). Vowels, which Latin spellings of Indian and Japanese names vary most, are
 * dropped, and consonants that spellings trade (k/c/q, j/z, v/w, s/sh, t/th…) fall into one
 * class. Search ranks by it, the sources reader finds names by it, duplicates pair by it.
 */
/** Devanagari consonants (and the anusvara, which Latin writes as n or m) by class. */
// prettier-ignore
const DEVANAGARI: Readonly<Record<string, string>> = {
  क: 'k', ख: 'k', ग: 'g', घ: 'g', ङ: 'n',
  च: 'c', छ: 'c', ज: 'j', झ: 'j', ञ: 'n',
  ट: 't', ठ: 't', ड: 'd', ढ: 'd', ण: 'n',
  त: 't', थ: 't', द: 'd', ध: 'd', न: 'n',
  प: 'p', फ: 'p', ब: 'b', भ: 'b', म: 'm',
  य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'v',
  श: 's', ष: 's', स: 's', ह: 'h', 'ं': 'n',
  ड़: 'r', ढ़: 'r', क़: 'k', ख़: 'k', ग़: 'g', ज़: 'j', फ़: 'p',
};

/** Latin spellings, longest first, by the same classes. */
// prettier-ignore
const LATIN: readonly (readonly [string, string])[] = [
  ['sch', 's'], ['chh', 'c'], ['ch', 'c'], ['sh', 's'], ['ph', 'p'], ['th', 't'],
  ['dh', 'd'], ['bh', 'b'], ['gh', 'g'], ['kh', 'k'], ['jh', 'j'], ['ck', 'k'],
  ['x', 'ks'], ['c', 'k'], ['q', 'k'], ['z', 'j'], ['w', 'v'], ['f', 'p'],
  ['b', 'b'], ['d', 'd'], ['g', 'g'], ['h', 'h'], ['j', 'j'], ['k', 'k'], ['l', 'l'],
  ['m', 'm'], ['n', 'n'], ['p', 'p'], ['r', 'r'], ['s', 's'], ['t', 't'], ['v', 'v'],
  ['y', 'y'],
];

/** The Latin spellings by their first letter, longest first: a vowel looks nothing up. */
const LATIN_BY_FIRST = new Map<string, (readonly [string, string])[]>();
for (const entry of LATIN) {
  const first = entry[0][0]!;
  LATIN_BY_FIRST.set(first, [...(LATIN_BY_FIRST.get(first) ?? []), entry]);
}

/** One word's consonant skeleton, from either script; doubled classes count once. */
export function skeleton(word: string): string {
  const text = word.toLowerCase().normalize('NFC');
  let out = '';
  const push = (c: string) => {
    if (!out.endsWith(c)) out += c;
  };
  for (let i = 0; i < text.length;) {
    // Two code units only where a nukta follows (क़ as क + ़, after NFC).
    const two = text[i + 1] === '\u093c' ? text.slice(i, i + 2) : '';
    const pair = two ? DEVANAGARI[two] : undefined;
    const dev = pair ?? DEVANAGARI[text[i]!];
    if (dev !== undefined) {
      push(dev);
      i += pair !== undefined ? 2 : 1;
      continue;
    }
    const latin = LATIN_BY_FIRST.get(text[i]!)?.find(([spelling]) => text.startsWith(spelling, i));
    if (latin) {
      for (const c of latin[1]) push(c);
      i += latin[0].length;
    } else i++;
  }
  return out;
}

/** A text's words, in order, as consonant skeletons (words with no consonant left out). */
export function wordSkeletons(text: string): string[] {
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(skeleton).filter((w) => w !== '');
}

/** A name's key: its words' skeletons in sorted order, so "Takashi Suzuki" matches too. */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(skeleton)
    .filter((w) => w !== '');
  return words.sort().join(' ');
}
