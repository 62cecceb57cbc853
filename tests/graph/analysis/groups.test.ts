import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { informativeGroup } from '../../../src/graph/analysis/values';
import { importFiles } from '../../../src/formats/importGraph';
import { shippedGraph } from '../shippedGraph';

const real = (name: string) => {
  const text = readFileSync(
    fileURLToPath(new URL(`../../fixtures/real/${name}`, import.meta.url)),
    'utf8',
  );
  const r = importFiles([{ name, text }]);
  if (!r.ok) throw new Error('must load');
  return r.graph;
};

describe('the grouping broker roles use unless told', () => {
  it('is node type where types tell the nodes apart', () => {
    expect(informativeGroup(shippedGraph())).toEqual({ kind: 'type' });
  });

  it('is the file’s own category where every node is “other” and none has a sector', () => {
    // Les Misérables from networkx: every node "other", a community number in the file.
    expect(informativeGroup(real('lesmis.networkx.gexf'))).toEqual({
      kind: 'category',
      key: 'community',
    });
  });

  it('is the club of the karate club, the one column its file has', () => {
    expect(informativeGroup(real('karate.networkx.node-link.json'))).toEqual({
      kind: 'category',
      key: 'club',
    });
  });

  it('falls back to communities where nothing in the file tells nodes apart', () => {
    const r = importFiles([{ name: 'e.csv', text: 'source,target\na,b\nb,c\nc,a\n' }]);
    if (!r.ok) throw new Error('must load');
    expect(informativeGroup(r.graph)).toEqual({ kind: 'community' });
  });
});
