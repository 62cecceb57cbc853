import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/graph/commands';
import { deleteNode, editNode } from '../../src/graph/edits';
import { moveNodes } from '../../src/graph/moves';
import { toGraphFile } from '../../src/formats/export';
import { graphFileText, listText } from '../../src/formats/graphText';
import { withPositions, type GraphModel } from '../../src/graph/model';
import { plain } from '../../src/graph/plain';
import { shippedGraph, undrawnShippedGraph } from '../graph/shippedGraph';

type Positions = ReadonlyMap<string, { x: number; y: number }>;
/** What the whole-graph writer gives: the text the kept records must add up to. */
const whole = (g: GraphModel, positions: Positions) =>
  JSON.stringify(toGraphFile(withPositions(g, positions)));

const apply = (g: GraphModel, command: Parameters<typeof applyCommand>[1] | null) => {
  if (!command) throw new Error('command expected');
  const r = applyCommand(g, command);
  if (!r.ok) throw new Error('command refused');
  return r.graph;
};

describe('the graph as text, a record at a time', () => {
  it('is exactly the whole file, with the places drawn, before and after edits', () => {
    const g = undrawnShippedGraph();
    const placed = new Map(g.nodes.map((n, i) => [n.id, { x: i * 10, y: -i }]));
    expect(graphFileText(g, placed)).toBe(whole(g, placed));
    expect(graphFileText(g, new Map())).toBe(whole(g, new Map()));

    const first = g.nodes[0]?.id ?? '';
    const renamed = apply(g, editNode(g, first, { label: { en: 'Renamed', hi: 'नया नाम' } }));
    expect(graphFileText(renamed, placed)).toBe(whole(renamed, placed));
    const moved = new Map(placed).set(first, { x: 1, y: 2 });
    expect(graphFileText(renamed, moved)).toBe(whole(renamed, moved));

    const hub = [...g.incident].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? '';
    const without = apply(renamed, deleteNode(renamed, hub));
    expect(graphFileText(without, moved)).toBe(whole(without, moved));
    expect(graphFileText(without, moved)).not.toContain(`"id":"${hub}"`);
  });

  it('keeps a node text only while the node stands where it did', () => {
    const g = shippedGraph();
    const first = g.nodes[0];
    if (!first?.position) throw new Error('the shipped data is drawn');
    const away = new Map([[first.id, { x: first.position.x + 5, y: first.position.y }]]);
    expect(graphFileText(g, away)).toBe(whole(g, away));
    expect(graphFileText(g, new Map())).toBe(whole(g, new Map()));
    const dragged = apply(g, moveNodes(g, new Map([[first.id, { x: 7, y: 8 }]])));
    expect(graphFileText(dragged, new Map())).toBe(whole(dragged, new Map()));
  });

  it('writes a history list as the values it holds', () => {
    const g = shippedGraph();
    const step = editNode(g, g.nodes[1]?.id ?? '', { role: { en: 'Chair', hi: 'अध्यक्ष' } });
    if (!step) throw new Error('command expected');
    expect(JSON.parse(listText([step, step]))).toEqual([plain(step), plain(step)]);
    expect(listText([])).toBe('[]');
  });
});
