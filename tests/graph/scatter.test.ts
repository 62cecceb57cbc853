import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/graph/dates';
import { GRID_CELL, gridPlan, gridValueAt, niceTicks, scatterPlan } from '../../src/graph/scatter';
import { datedGraph } from '../support/dated';

const graph = datedGraph();
const cell = (interest: number, influence: number) => ({
  x: (interest - 1) * GRID_CELL,
  y: -(influence - 1) * GRID_CELL,
});

describe('the power–interest grid', () => {
  it('places each assessed node in its cell, the rest in a tray beside the grid', () => {
    const plan = gridPlan(graph, null);
    expect(plan.positions.get('council')).toEqual(cell(5, 5));
    expect(plan.positions.get('utility')).toEqual(cell(4, 4));
    expect(plan.positions.get('residents')).toEqual(cell(5, 2));
    expect(plan.tray.count).toBe(6);
    for (const id of [
      'forum',
      'consultant',
      'ministry',
      'meeting-2020',
      'meeting-2022',
      'flood-plan',
    ])
      expect(plan.positions.get(id)!.x).toBeGreaterThan(plan.axes.box.x2);
    expect([...plan.places.keys()]).toEqual(['council', 'utility', 'residents']);
  });

  it('as of a day: the assessment valid then, and the trail up to it', () => {
    const before = gridPlan(graph, null, spanOf('2021-12')!.last);
    expect(before.positions.get('council')).toEqual(cell(2, 4));
    expect(before.trails).toEqual([]);
    expect(before.tray.count).toBe(8);
    const now = gridPlan(graph, null);
    expect(now.trails).toEqual([{ id: 'council', points: [cell(2, 4), cell(5, 5)] }]);
    expect(now.targets).toEqual([{ id: 'council', at: cell(5, 5) }]);
  });

  it('nodes sharing a cell are spread around its centre, none on another', () => {
    const g = datedGraph();
    const plan = gridPlan(
      {
        ...g,
        nodes: g.nodes.map((n) => ({
          ...n,
          assessments: [{ date: '2020', influence: 3, interest: 3, stance: 'unknown' as const }],
        })),
      },
      null,
    );
    const spots = [...plan.positions.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(9);
    for (const p of plan.positions.values()) {
      const v = gridValueAt(p);
      expect(Math.round(v.interest)).toBe(3);
      expect(Math.round(v.influence)).toBe(3);
    }
  });
});

describe('a scatter of two measures', () => {
  it('places by value, ticks at round numbers, nodes without a value in the tray', () => {
    const xs = Float64Array.from(graph.nodes, (_, i) => (i === 2 ? NaN : i));
    const ys = Float64Array.from(graph.nodes, (_, i) => i * 10);
    const plan = scatterPlan(graph, null, xs, ys);
    expect(plan.tray.count).toBe(1);
    expect(plan.axes.xTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(plan.axes.yTicks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80]);
    const a = plan.positions.get(graph.nodes[0]!.id)!;
    const b = plan.positions.get(graph.nodes[8]!.id)!;
    expect(b.x).toBeGreaterThan(a.x);
    expect(b.y).toBeLessThan(a.y);
  });

  it('nice ticks: about five, at 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(3, 97)).toEqual([20, 40, 60, 80]);
    expect(niceTicks(-0.013, 0.041)).toEqual([-0.01, 0, 0.01, 0.02, 0.03, 0.04]);
  });
});
