import { describe, expect, it } from 'vitest';
import { attributeColumns } from '../../../src/graph/analysis/columns';
import { groupsOf, measureValues } from '../../../src/graph/analysis/values';
import { applyFilters, NO_FILTERS } from '../../../src/graph/filters';
import { measureFrom } from '../../../src/graph/analysis/view';
import { graphOf } from './fixtures';

const nodes =
  'id,label,budget,country,group,notes\n' +
  'a,A,10,India,1,x\nb,B,2.5,Japan,2,y\nc,C,,India,1,z\nd,D,7,,3,w\n';
const graph = graphOf('source,target\na,b\nb,c\nc,d\n', nodes);

describe('attribute columns', () => {
  it('tells numbers, categories and free text apart; few whole numbers are also categories', () => {
    const columns = attributeColumns(graph);
    const byKey = new Map(columns.map((c) => [c.key, c]));
    expect(byKey.get('budget')?.kind).toBe('number');
    expect(byKey.get('budget')?.values).toEqual([]);
    expect(byKey.get('country')).toEqual({
      key: 'country',
      kind: 'category',
      values: [
        { value: 'India', count: 2 },
        { value: '', count: 1 },
        { value: 'Japan', count: 1 },
      ],
    });
    expect(byKey.get('group')?.kind).toBe('number');
    expect(byKey.get('group')?.values.map((v) => v.value)).toEqual(['1', '2', '3']);
  });

  it('reads a measure per node, NaN where a node has none', () => {
    const values = measureValues(graph, null, { kind: 'attribute', key: 'budget' });
    expect([...(values ?? [])]).toEqual([10, 2.5, NaN, 7]);
    expect(measureValues(graph, null, { kind: 'metric', name: 'betweenness' })).toBeNull();
  });

  it('groups by a category: one number per value, -1 for none', () => {
    const groups = groupsOf(graph, null, { kind: 'category', key: 'country' });
    expect([...(groups?.group ?? [])]).toEqual([0, 1, 0, -1]);
    expect(groups?.names).toEqual(['India', 'Japan']);
    expect(groupsOf(graph, null, { kind: 'community' })).toBeNull();
  });
});

describe('filters on any attribute', () => {
  const lookup = (token: string) => {
    const measure = measureFrom(token);
    return measure ? measureValues(graph, null, measure) : null;
  };

  it('keeps nodes whose measure lies in the range, ends included; no value is outside', () => {
    const shown = applyFilters(
      graph,
      { ...NO_FILTERS, ranges: new Map([['attribute:budget', { min: 2.5, max: 7 }]]) },
      null,
      lookup,
    );
    expect([...shown.nodes]).toEqual(['b', 'd']);
    expect([...shown.edges]).toEqual([]);
  });

  it('hides a node when every one of its values is switched off', () => {
    const shown = applyFilters(graph, {
      ...NO_FILTERS,
      hiddenValues: new Map([['country', new Set(['India', ''])]]),
    });
    expect([...shown.nodes]).toEqual(['b']);
  });

  it('leaves a range over a metric not computed yet for later: nothing hidden meanwhile', () => {
    const filters = {
      ...NO_FILTERS,
      ranges: new Map([['metric:betweenness', { min: 1, max: 2 }]]),
    };
    expect(applyFilters(graph, filters, null, lookup).nodes.size).toBe(4);
  });
});
