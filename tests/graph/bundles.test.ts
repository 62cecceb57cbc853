import { describe, expect, it } from 'vitest';
import { BUNDLE_PREFIX, bundlesOf, drawnId } from '../../src/graph/bundles';
import { layoutJob } from '../../src/graph/layoutJob';
import { importFiles } from '../../src/formats/importGraph';

function graphOf(text: string) {
  const r = importFiles([{ name: 'e.csv', text }]);
  if (!r.ok) throw new Error('must load');
  return r.graph;
}

describe('bundlesOf', () => {
  it('groups edges that share both ends, in either direction, and self-loops per node', () => {
    const graph = graphOf('source,target\na,b\nb,a\nb,c\nc,c\nc,c\na,b\n');
    const ids = graph.edges.map((e) => e.id);
    const bundles = bundlesOf(graph);
    expect([...bundles.members.values()]).toEqual([
      [ids[0], ids[1], ids[5]],
      [ids[3], ids[4]],
    ]);
    expect(drawnId(bundles, ids[2] ?? '')).toBe(ids[2]);
    expect(drawnId(bundles, ids[1] ?? '').startsWith(BUNDLE_PREFIX)).toBe(true);
    expect(drawnId(bundles, ids[0] ?? '')).toBe(drawnId(bundles, ids[5] ?? ''));
  });
});

describe('layoutJob', () => {
  it('gives the layout each linked pair once and no self-loops', () => {
    const graph = graphOf('source,target\na,b\nb,a\na,b\nb,b\nb,c\n');
    const visible = {
      nodes: new Set(graph.nodes.map((n) => n.id)),
      edges: new Set(graph.edges.map((e) => e.id)),
    };
    const job = layoutJob(1, 'fcose', graph, visible, () => ({ x: 0, y: 0 }), new Map(), true, 1);
    const names = [...job.edges].map((i) => job.ids[i]);
    expect(names).toEqual(['a', 'b', 'b', 'c']);
  });
});
