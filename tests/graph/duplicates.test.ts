import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/graph/commands';
import { possibleDuplicates } from '../../src/graph/duplicates';
import { skeleton } from '../../src/graph/skeleton';
import { addNode, markDistinct } from '../../src/graph/edits';
import type { GraphModel } from '../../src/graph/model';
import { mergeConflicts, mergeNodes } from '../../src/graph/merge';
import { shippedGraph } from './shippedGraph';

const shipped = shippedGraph();
function planted(graph: GraphModel, type: 'person' | 'organisation', en: string): GraphModel {
  const r = applyCommand(
    graph,
    addNode(graph, { type, label: { en, hi: en, hiMissing: true }, sectors: [] }),
  );
  if (!r.ok) throw new Error('refused');
  return r.graph;
}

describe('possible duplicates', () => {
  it('finds nothing in the shipped data, whose nodes are all distinct', () => {
    expect(possibleDuplicates(shipped)).toEqual([]);
  });

  it('pairs a Devanagari spelling with the Latin one, in either word order', () => {
    expect(skeleton('सुजुकी')).toBe(skeleton('Suzuki'));
    expect(skeleton('ताकाशी')).toBe(skeleton('Takashi'));
    const g = planted(planted(shipped, 'person', 'सुजुकी ताकाशी'), 'person', 'Ranjan Varun');
    expect(possibleDuplicates(g)).toEqual([
      {
        a: 'suzuki-takashi',
        b: 'सुजुकी-ताकाशी',
        reason: 'sound',
        names: ['Suzuki Takashi', 'सुजुकी ताकाशी'],
      },
      {
        a: 'ranjan-varun',
        b: 'varun-ranjan',
        reason: 'sound',
        names: ['Ranjan Varun', 'Varun Ranjan'],
      },
    ]);
  });

  it('pairs an acronym with the name it stands for, and never across node types', () => {
    const g = planted(planted(shipped, 'organisation', 'NEC'), 'person', 'JICA');
    const withLong = planted(g, 'organisation', 'Japan External Trade Organization');
    const pairs = possibleDuplicates(withLong);
    expect(pairs).toContainEqual({
      a: 'japan-external-trade-organization',
      b: 'jetro',
      reason: 'sound',
      names: ['Japan External Trade Organization', 'Japan External Trade Organization'],
    });
    expect(pairs.some((p) => p.a === 'jica-2' || p.b === 'jica-2')).toBe(false);
    const acronym = planted(
      shipped,
      'organisation',
      'Japan International Cooperation Agency Tokyo',
    );
    const short = planted(acronym, 'organisation', 'JICAT');
    expect(possibleDuplicates(short)).toContainEqual({
      a: 'japan-international-cooperation-agency-tokyo',
      b: 'jicat',
      reason: 'acronym',
      names: ['Japan International Cooperation Agency Tokyo', 'JICAT'],
    });
  });

  it('stops offering a pair judged not the same', () => {
    const g = planted(shipped, 'person', 'सुजुकी ताकाशी');
    const r = applyCommand(g, markDistinct(g, 'सुजुकी-ताकाशी', 'suzuki-takashi'));
    expect(r.ok && possibleDuplicates(r.graph)).toEqual([]);
  });
});

describe('merge', () => {
  it('lists the fields the nodes disagree on, and takes the value picked', () => {
    const conflicts = mergeConflicts(shipped, ['arva-rajkamal', 'varun-ranjan']);
    expect(conflicts.map((c) => c.field)).toContain('role');
    const role = conflicts.find((c) => c.field === 'role')!;
    expect(role.choices.map((c) => c.node)).toEqual(['arva-rajkamal', 'varun-ranjan']);
    const command = mergeNodes(
      shipped,
      ['arva-rajkamal', 'varun-ranjan'],
      new Map([['role', 'varun-ranjan']]),
    )!;
    const r = applyCommand(shipped, command);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const merged = r.graph.nodeById.get('arva-rajkamal')!;
    expect(merged.role).toEqual(shipped.nodeById.get('varun-ranjan')!.role);
    expect(merged.aliases).toEqual(expect.arrayContaining(['Varun Ranjan', 'वरुण रंजन', 'MD ZIADA']));
    const before =
      (shipped.incident.get('arva-rajkamal')?.length ?? 0) +
      (shipped.incident.get('varun-ranjan')?.length ?? 0);
    expect(r.graph.incident.get('arva-rajkamal')).toHaveLength(before);
  });

  it('needs two nodes that are there', () => {
    expect(mergeNodes(shipped, ['jica'])).toBeNull();
    expect(mergeNodes(shipped, ['jica', 'jica'])).toBeNull();
    expect(mergeNodes(shipped, ['jica', 'nobody'])).toBeNull();
  });
});
