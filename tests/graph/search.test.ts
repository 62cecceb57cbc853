import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldForSearch, searchNodes } from '../../src/graph/search';
import { shippedGraph } from './shippedGraph';

const index = buildSearchIndex(shippedGraph());
const first = (q: string) => searchNodes(index, q)[0]?.node.id;

describe('searchNodes', () => {
  it.each([
    ['suzuki', 'suzuki-takashi'],
    ['सुजुकी', 'suzuki-takashi'],
    ['ziada', 'ziada'],
    ['rare earth', 't-rare-earth-digital'],
    ['RARE-EARTH', 't-rare-earth-digital'],
    ['अदिति', 'aditi-puri'],
    ['jetro india', 'jetro-india'],
    ['industry secretary', 'arva-rajkamal'],
    ['उद्योग सचिव', 'arva-rajkamal'],
    ['Sūzuki', 'suzuki-takashi'],
    ['राँची', 'ranchi'],
    ['delhi', 'new-delhi'],
  ])('finds %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('finds a name typed in the other script by its sound, below what matches as written', () => {
    // The graph's own Hindi labels taken away: only the sound of the name can find it.
    const g = shippedGraph();
    const latinOnly = buildSearchIndex({
      ...g,
      nodes: g.nodes.map((n) => ({ ...n, label: { en: n.label.en, hi: n.label.en }, aliases: [] })),
    });
    expect(searchNodes(latinOnly, 'सुजुकी')[0]?.node.id).toBe('suzuki-takashi');
    expect(searchNodes(latinOnly, 'सुजुकी')[0]?.matched).toBe('Suzuki Takashi');
    expect(searchNodes(latinOnly, 'ताकाशी')[0]?.node.id).toBe('suzuki-takashi');
    // Too few consonants to say anything: no guess.
    expect(searchNodes(latinOnly, 'सु')).toEqual([]);
    // A name matched as written ranks before one only alike in sound.
    const hits = searchNodes(index, 'nec').map((h) => h.node.id);
    expect(hits[0]).toBe('nec');
  });

  it('ranks exact and prefix matches before matches inside words', () => {
    expect(
      searchNodes(index, 'jica')
        .map((h) => h.node.id)
        .slice(0, 2),
    ).toEqual(['jica', 'meeting-jica']);
  });

  it('says which label matched', () => {
    expect(searchNodes(index, 'सुजुकी')[0]?.matched).toBe('सुजुकी ताकाशी');
  });

  it('keeps the best few in the same order a full ranking gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'i', 'm', 'ja', 'का', 'e', 'o', 'in'),
        fc.nat(12),
        (q, k) => {
          const all = searchNodes(index, q, Infinity);
          expect(searchNodes(index, q, k)).toEqual(all.slice(0, k));
        },
      ),
    );
  });

  it('finds nothing for an empty or unmatched query', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
    expect(searchNodes(index, 'zzzz')).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('folds case, accents, nukta and chandrabindu', () => {
    expect(foldForSearch('Sūzuki  Takashi!')).toBe('suzuki takashi');
    expect(foldForSearch('सुज़ुकी')).toBe(foldForSearch('सुजुकी'));
  });
});
