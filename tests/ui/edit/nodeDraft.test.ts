import { describe, expect, it } from 'vitest';
import { loadShipped } from '../../support/shipped';
import type { GraphNode } from '../../../src/graph/model';
import { draftOf, fieldsOf } from '../../../src/ui/edit/nodeDraft';

const loaded = loadShipped();
if (!loaded.ok) throw new Error('the shipped data must load');
const base = loaded.graph.nodes[0]!;
const node: GraphNode = {
  ...base,
  links: [
    { url: 'https://example.org/a', label: { en: 'Annual report', hi: 'वार्षिक रिपोर्ट' } },
    { url: 'https://example.org/b' },
  ],
};

describe('a node saved from its form', () => {
  it('keeps every link as it was, Hindi titles included, when its lines are unchanged', () => {
    const { fields, problems } = fieldsOf(draftOf(node), node);
    expect(problems).toEqual([]);
    expect(fields.links).toEqual(node.links);
  });

  it('takes a changed line as typed, in English only', () => {
    const draft = { ...draftOf(node), links: 'https://example.org/a Yearly report' };
    expect(fieldsOf(draft, node).fields.links).toEqual([
      {
        url: 'https://example.org/a',
        label: { en: 'Yearly report', hi: 'Yearly report', hiMissing: true },
      },
    ]);
  });
});
