import { describe, expect, it } from 'vitest';
import { applyCommand, inverseOf, type Command } from '../../src/graph/commands';
import { deleteEdge, deleteNode, editEdge } from '../../src/graph/edits';
import { loadGraphValue } from '../../src/graph/load';
import { mergeNodes } from '../../src/graph/merge';
import type { GraphModel } from '../../src/graph/model';
import { plain } from '../../src/graph/plain';
import {
  addStep,
  addStory,
  deleteStep,
  deleteStory,
  editStep,
  moveStep,
  retitleStory,
} from '../../src/graph/stories';
import { viewWithout } from '../../src/graph/storyRefs';
import { toGraphFile } from '../../src/formats/export';
import { shippedGraph } from './shippedGraph';

const shipped = shippedGraph();
const STORY = 'delhi-meetings';

function run(graph: GraphModel, command: Command | null): { graph: GraphModel; command: Command } {
  if (!command) throw new Error('no command');
  const r = applyCommand(graph, command);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problems)}`);
  return r;
}
const stories = (g: GraphModel) => plain([...g.stories.values()]);
const steps = (g: GraphModel) => g.stories.get(STORY)!.steps;

/** The shipped file as plain data, to break on purpose. */
interface BreakableFile {
  stories: { steps: Record<string, unknown>[] }[];
}
const file = (): BreakableFile => {
  const parsed: unknown = JSON.parse(JSON.stringify(toGraphFile(shipped)));
  // A test's own copy, shaped as written just above; the loader checks it again.
  return parsed as BreakableFile;
};

describe('stories in the file', () => {
  it('the shipped data tells its story in six steps, each quoting the article', () => {
    expect(steps(shipped).map((s) => s.title.en)).toEqual([
      "The Chief Minister's direction",
      'Two officials go to Delhi',
      'JICA: a strategic partnership',
      'JETRO India: full cooperation',
      'NEC: digital transformation',
      'Who connects Jharkhand to Japan',
    ]);
    for (const step of steps(shipped)) {
      expect(step.caption?.hiMissing).toBeUndefined();
      expect(step.quotes?.length).toBeGreaterThan(0);
    }
  });

  it('round-trip through our JSON whole', () => {
    const again = loadGraphValue(toGraphFile(shipped));
    if (!again.ok) throw new Error('must load');
    expect(stories(again.graph)).toEqual(stories(shipped));
  });

  it('a step naming a missing node is refused at its place', () => {
    const f = file();
    f.stories[0]!.steps[1]!.view = 'node=nobody';
    const r = loadGraphValue(f);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['ref.node', 'stories[0].steps[1].view'],
    ]);
  });

  it('a path, a sector, a relation, an edge or a source the graph lacks is refused likewise', () => {
    const f = file();
    f.stories[0]!.steps[0]!.view =
      'edge=gone&path=hemant-soren,nobody&sectors=industry,nowhere&relations=heads,ghost&read=nosource';
    const r = loadGraphValue(f);
    if (r.ok) throw new Error('must be refused');
    expect(r.problems.map((p) => [p.code, p.params])).toEqual([
      ['ref.edge', { id: 'gone' }],
      ['ref.node', { id: 'nobody' }],
      ['ref.source', { id: 'nosource' }],
      ['ref.sector', { id: 'nowhere' }],
      ['ref.relation', { id: 'ghost' }],
    ]);
  });

  it('a quote on a missing relationship, or past its evidence, is refused at its place', () => {
    const f = file();
    f.stories[0]!.steps[2]!.quotes = [
      { edge: 'nothing', index: 0 },
      { edge: 'e-jica-appreciated-gov-jharkhand', index: 1 },
    ];
    const r = loadGraphValue(f);
    if (r.ok) throw new Error('must be refused');
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['ref.edge', 'stories[0].steps[2].quotes[0].edge'],
      ['ref.quote', 'stories[0].steps[2].quotes[1].index'],
    ]);
  });

  it('two stories with one id are refused', () => {
    const f = file();
    f.stories.push(f.stories[0]!);
    const r = loadGraphValue(f);
    if (r.ok) throw new Error('must be refused');
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([['id.duplicate', 'stories[1].id']]);
  });

  it('an export of a filtered view keeps the stories, without what the view leaves out', () => {
    const shown = {
      nodes: new Set(shipped.nodes.filter((n) => n.id !== 'hemant-soren').map((n) => n.id)),
      edges: new Set(
        shipped.edges
          .filter((e) => e.source !== 'hemant-soren' && e.target !== 'hemant-soren')
          .map((e) => e.id),
      ),
    };
    const r = loadGraphValue(toGraphFile(shipped, shown));
    if (!r.ok) throw new Error(`must load: ${JSON.stringify(r.problems)}`);
    const first = r.graph.stories.get(STORY)!.steps[0]!;
    expect(first.view).toBe('');
    expect(first.quotes).toBeUndefined();
    expect(r.graph.stories.get(STORY)!.steps[2]).toEqual(steps(shipped)[2]);
  });
});

describe('story commands, each undone exactly', () => {
  const cases: [string, (g: GraphModel) => Command | null][] = [
    ['add a story', (g) => addStory(g, { en: 'Another', hi: 'एक और' }).command],
    ['retitle it', (g) => retitleStory(g, STORY, { en: 'Delhi', hi: 'दिल्ली' })],
    ['delete it', (g) => deleteStory(g, STORY)],
    [
      'add a step',
      (g) => addStep(g, STORY, { title: { en: 'Ranchi', hi: 'रांची' }, view: 'node=ranchi' }, 1),
    ],
    ['edit a step', (g) => editStep(g, STORY, 2, { caption: { en: 'JICA', hi: 'JICA' } })],
    ['move a step', (g) => moveStep(g, STORY, 0, 5)],
    ['delete a step', (g) => deleteStep(g, STORY, 3)],
  ];
  it.each(cases)('%s', (_, make) => {
    const done = run(shipped, make(shipped));
    expect(stories(done.graph)).not.toEqual(stories(shipped));
    expect(stories(run(done.graph, inverseOf(done.command)).graph)).toEqual(stories(shipped));
  });

  it('puts steps where they are asked for, and moves them', () => {
    const added = run(
      shipped,
      addStep(shipped, STORY, { title: { en: 'Ranchi', hi: 'रांची' }, view: 'node=ranchi' }, 1),
    ).graph;
    expect(
      steps(added)
        .map((s) => s.title.en)
        .slice(0, 3),
    ).toEqual(["The Chief Minister's direction", 'Ranchi', 'Two officials go to Delhi']);
    const moved = run(shipped, moveStep(shipped, STORY, 0, 2)).graph;
    expect(
      steps(moved)
        .map((s) => s.view)
        .slice(0, 3),
    ).toEqual(['node=arva-rajkamal', 'node=meeting-jica', 'node=hemant-soren']);
  });

  it('refuses a step naming a node that is not there, changing nothing', () => {
    const r = applyCommand(
      shipped,
      addStep(shipped, STORY, { title: { en: 'x', hi: 'x' }, view: 'node=nobody' })!,
    );
    expect(r.ok).toBe(false);
  });

  it('refuses steps and stories that are not there', () => {
    expect(moveStep(shipped, STORY, 0, 6)).toBeNull();
    expect(deleteStep(shipped, STORY, 6)).toBeNull();
    expect(editStep(shipped, 'nope', 0, {})).toBeNull();
  });
});

describe('stories follow edits to the graph', () => {
  it('deleting a node a step shows succeeds; the step no longer names it; undo brings it back', () => {
    const done = run(shipped, deleteNode(shipped, 'hemant-soren'));
    expect(steps(done.graph)[0]!.view).toBe('');
    // Its quote was on a relationship of the deleted node.
    expect(steps(done.graph)[0]!.quotes).toBeUndefined();
    expect(stories(run(done.graph, inverseOf(done.command)).graph)).toEqual(stories(shipped));
  });

  it('merging moves a step to the node kept', () => {
    const done = run(shipped, mergeNodes(shipped, ['varun-ranjan', 'arva-rajkamal']));
    expect(steps(done.graph)[1]!.view).toBe('node=varun-ranjan');
    expect(steps(done.graph)[1]!.quotes).toEqual(steps(shipped)[1]!.quotes);
  });

  it('deleting a quoted relationship drops its quote, and only it', () => {
    const done = run(shipped, deleteEdge(shipped, 'e-jica-appreciated-gov-jharkhand'));
    expect(steps(done.graph)[2]!.quotes).toEqual([
      { edge: 'e-aditi-puri-participated_in-meeting-jica', index: 0 },
      { edge: 'e-jica-expressed_interest-t-strategic-partnership', index: 0 },
    ]);
  });

  it('a quote follows its passage when the evidence is reordered, and goes when it is removed', () => {
    const id = 'e-hemant-soren-directed-meeting-jica';
    const [a, b] = shipped.edgeById.get(id)!.provenance;
    const swapped = run(shipped, editEdge(shipped, id, { provenance: [b!, a!] })).graph;
    expect(steps(swapped)[0]!.quotes).toEqual([{ edge: id, index: 1 }]);
    const removed = run(shipped, editEdge(shipped, id, { provenance: [b!] })).graph;
    expect(steps(removed)[0]!.quotes).toBeUndefined();
  });

  it('a path whose end goes is dropped with its options; a merged end is renamed', () => {
    const view = 'path=a,b&directed=yes&avoid=topic&node=c';
    expect(viewWithout(view, new Set(['a']), new Set())).toBe('node=c');
    expect(viewWithout(view, new Set(['a']), new Set(), 'z')).toBe(
      'path=z%2Cb&directed=yes&avoid=topic&node=c',
    );
    expect(viewWithout(view, new Set(['a']), new Set(), 'b')).toBe('node=c');
    expect(viewWithout('read=article,e1,0', new Set(), new Set(['e1']))).toBe('read=article');
    expect(viewWithout(view, new Set(['q']), new Set())).toBe(view);
  });
});
