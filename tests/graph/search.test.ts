import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editNode } from '../../src/graph/edits';
import { applyCommand } from '../../src/graph/commands';
import {
  buildSearchIndex,
  foldForSearch,
  prepareSearch,
  searchNodes,
  startSearch,
} from '../../src/graph/search';
import { loadGraphValue } from '../../src/graph/load';
import { generateGraph } from '../bench/generate';
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

  it('orders equal matches by name, whatever their case and accents', () => {
    const g = shippedGraph();
    const named = (en: string, i: number) => ({
      ...g.nodes[i]!,
      id: `x${i}`,
      label: { en, hi: en },
      aliases: [],
      role: undefined,
      attributes: {},
    });
    const small = buildSearchIndex({
      ...g,
      nodes: ['Zeta', 'beta', 'Éta', 'Alpha', 'eta'].map(named),
    });
    expect(searchNodes(small, 'ta').map((h) => h.matched)).toEqual(['beta', 'eta', 'Éta', 'Zeta']);
  });
  it('finds nothing for an empty or unmatched query', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
    expect(searchNodes(index, 'zzzz')).toEqual([]);
  });
});

describe('a search carried on in slices', () => {
  const loaded = loadGraphValue(generateGraph({ nodes: 1500, edges: 1500, positions: false }));
  if (!loaded.ok) throw new Error('generated graph must load');
  const big = buildSearchIndex(loaded.graph);

  it('finds what one search finds, wherever it is stopped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('s', 'stakeholder 1', '12', 'हित', 'stkhldr', 'zz'),
        fc.array(fc.nat(3), { minLength: 1, maxLength: 40 }),
        (q, strides) => {
          const run = startSearch(big, q, 12);
          // Each slice may go on for a few strides of nodes, or stop after the first.
          let turn = 0;
          for (;;) {
            let left = strides[turn++ % strides.length]!;
            if (run.step(() => left-- > 0)) break;
          }
          expect(run.hits()).toEqual(searchNodes(big, q, 12));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is done at once for an empty query', () => {
    expect(startSearch(big, ' ', 12).step(() => false)).toBe(true);
  });
});

describe('foldForSearch', () => {
  it('folds case, accents, nukta and chandrabindu', () => {
    expect(foldForSearch('Sūzuki  Takashi!')).toBe('suzuki takashi');
    expect(foldForSearch('सुज़ुकी')).toBe(foldForSearch('सुजुकी'));
  });
});

describe('the index after an edit, and made ahead of time', () => {
  it('indexes again only the node an edit changed', () => {
    const g = shippedGraph();
    const before = buildSearchIndex(g);
    const command = editNode(g, 'jetro-india', { label: { en: 'JETRO Delhi', hi: 'जेट्रो दिल्ली' } })!;
    const applied = applyCommand(g, command);
    if (!applied.ok) throw new Error('the rename must apply');
    const after = buildSearchIndex(applied.graph);
    const changed = after.entries.filter((e, i) => e !== before.entries[i]);
    expect(changed.map((e) => e.node.id)).toEqual(['jetro-india']);
    expect(searchNodes(after, 'delhi', 5).map((h) => h.node.id)).toContain('jetro-india');
    expect(searchNodes(after, 'JETRO India', 5).map((h) => h.node.id)).not.toContain('jetro-india');
  });

  it('prepares nodes while there is time, and says where to go on from', () => {
    const g = shippedGraph();
    let asked = 0;
    // Time for one batch of 32 only.
    const at = prepareSearch(g.nodes, 0, () => ++asked < 1);
    expect(at).toBe(32);
    expect(prepareSearch(g.nodes, at, () => true)).toBe(g.nodes.length);
    expect(prepareSearch(g.nodes, g.nodes.length, () => false)).toBe(g.nodes.length);
  });
});
