import { describe, expect, it } from 'vitest';
import { assess, deleteAssessment, setTarget } from '../../src/graph/assessmentEdits';
import { assessmentAt, gridPlaceOf, quadrantOf } from '../../src/graph/assessments';
import { applyCommand, inverseOf } from '../../src/graph/commands';
import { spanOf } from '../../src/graph/dates';
import { loadGraphValue } from '../../src/graph/load';
import { datedGraph } from '../support/dated';
import { say } from '../support/problems';

const graph = datedGraph();
const council = graph.nodeById.get('council')!;

describe('assessments', () => {
  it('the one valid on a day is the latest made by then; none before the first', () => {
    expect(assessmentAt(council)?.date).toBe('2022-10');
    expect(assessmentAt(council, spanOf('2022-06')!.last)?.date).toBe('2021-03');
    // "2022-10" counts from its first day: on 1 October it is made.
    expect(assessmentAt(council, spanOf('2022-10-01')!.first)?.date).toBe('2022-10');
    expect(assessmentAt(council, spanOf('2020')!.last)).toBeUndefined();
  });

  it('a node never assessed stands where its influence and interest attributes say', () => {
    const r = loadGraphValue({
      format: 'stakeholder-graph',
      version: 1,
      meta: { title: { en: 'm' } },
      sectors: [],
      relations: [],
      nodes: [
        {
          id: 'a',
          type: 'person',
          label: { en: 'A' },
          attributes: { influence: '4.4', interest: 2, stance: 'Opposed' },
        },
        { id: 'b', type: 'person', label: { en: 'B' }, attributes: { influence: 9 } },
      ],
      edges: [],
    });
    if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
    expect(gridPlaceOf(r.graph.nodeById.get('a')!)).toEqual({
      influence: 4,
      interest: 2,
      stance: 'opposed',
    });
    expect(gridPlaceOf(r.graph.nodeById.get('b')!)).toBeUndefined();
  });

  it('3 and up is high: the four quadrants', () => {
    expect(
      [
        [5, 5],
        [3, 2],
        [2, 3],
        [1, 2],
      ].map(([influence, interest]) => quadrantOf({ influence: influence!, interest: interest! })),
    ).toEqual(['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor']);
  });

  it('recording one keeps the list in date order, replaces one of the same date, and undoes whole', () => {
    const c = assess(graph, 'council', {
      date: '2022-01-15',
      influence: 3,
      interest: 3,
      stance: 'neutral',
    })!;
    const r = applyCommand(graph, c);
    if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
    expect(r.graph.nodeById.get('council')?.assessments?.map((a) => a.date)).toEqual([
      '2021-03',
      '2022-01-15',
      '2022-10',
    ]);
    const same = applyCommand(
      r.graph,
      assess(r.graph, 'council', {
        date: '2022-01-15',
        influence: 1,
        interest: 1,
        stance: 'opposed',
      })!,
    );
    if (!same.ok) throw new Error('must apply');
    expect(
      same.graph.nodeById.get('council')?.assessments?.map((a) => [a.date, a.influence]),
    ).toEqual([
      ['2021-03', 4],
      ['2022-01-15', 1],
      ['2022-10', 5],
    ]);
    const back = applyCommand(r.graph, inverseOf(r.command));
    if (!back.ok) throw new Error('must undo');
    expect(back.graph.nodeById.get('council')).toEqual(council);
  });

  it('a bad date or value is refused at its place, and nothing changes', () => {
    const r = applyCommand(
      graph,
      assess(graph, 'council', {
        date: 'yesterday',
        influence: 6,
        interest: 3,
        stance: 'neutral',
      })!,
    );
    expect(r.ok ? [] : r.problems.map(say)).toEqual([
      'nodes[0].assessments[0].date: must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
      'nodes[0].assessments[0].influence: must be at most 5',
    ]);
  });

  it('deleting the last assessment leaves no list; a target set and cleared', () => {
    const utility = 'utility';
    const gone = applyCommand(graph, deleteAssessment(graph, utility, '2022-10')!);
    if (!gone.ok) throw new Error('must apply');
    expect(gone.graph.nodeById.get(utility)?.assessments).toBeUndefined();
    expect(deleteAssessment(graph, utility, '1999')).toBeNull();
    const aimed = applyCommand(graph, setTarget(graph, utility, { influence: 5, interest: 2 })!);
    if (!aimed.ok) throw new Error('must apply');
    expect(aimed.graph.nodeById.get(utility)?.target).toEqual({ influence: 5, interest: 2 });
    const cleared = applyCommand(aimed.graph, setTarget(aimed.graph, utility, null)!);
    if (!cleared.ok) throw new Error('must apply');
    expect(cleared.graph.nodeById.get(utility)).toEqual(graph.nodeById.get(utility));
  });
});
