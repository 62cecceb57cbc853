import { describe, expect, it } from 'vitest';
import { loadGraphText, loadGraphValue } from '../../src/graph/load';
import { LIMITS } from '../../src/schema/limits';
import { capProblems, MAX_PROBLEMS } from '../../src/schema/problems';
import { readFixture } from '../fixtures/readFixture';
import { say } from '../support/problems';

function problemsOf(text: string): string[] {
  const result = loadGraphText(text);
  if (result.ok) throw new Error('expected the load to fail');
  return result.problems.map(say);
}

const minimal = () => JSON.parse(readFixture('minimal.graph.json')) as Record<string, unknown>;

describe('loadGraphText', () => {
  it('loads a valid file into a model with indexes', () => {
    const result = loadGraphText(readFixture('minimal.graph.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { graph } = result;
    expect(graph.nodeById.get('a')?.label.hi).toBe('अदिति पुरी');
    expect(graph.incident.get('b')?.map((e) => e.id)).toEqual(['e1']);
    expect(graph.nodesBySector.get('health')?.map((n) => n.id)).toEqual(['a']);
    expect(graph.nodesByType.get('organisation')?.map((n) => n.id)).toEqual(['b']);
    expect(result.warnings).toEqual([]);
  });

  it('returns a model that cannot be changed', () => {
    const result = loadGraphText(readFixture('minimal.graph.json'));
    if (!result.ok) throw new Error('fixture should load');
    const node = result.graph.nodes[0];
    expect(Object.isFrozen(node)).toBe(true);
    expect(Object.isFrozen(node?.label)).toBe(true);
    expect(() => {
      (node as { id: string }).id = 'changed';
    }).toThrow(TypeError);
  });

  it('reports malformed JSON with its line and column', () => {
    expect(problemsOf(readFixture('malformed.graph.json'))).toEqual([
      'line 5, column 18: malformed JSON: expected a property name in double quotes; unexpected "}"',
    ]);
  });

  it('reports every wrong type, unknown field and bad enum value with its path', () => {
    expect(problemsOf(readFixture('wrong-types.graph.json'))).toEqual([
      'version: this app reads version 1 of the format (got "1")',
      'nodes[0].type: "persn" is not allowed; use one of: person, government, organisation, meeting, topic, place, country, document, other',
      'nodes[0].lable: is not a known field',
      'nodes[1].label.en: expected string, got 5',
      'edges[0].provenance: expected array, got "none"',
    ]);
  });

  it('reports ids used twice, across nodes and edges', () => {
    expect(problemsOf(readFixture('duplicate-ids.graph.json'))).toEqual([
      'nodes[2].id: "a" is already the id of nodes[0]; ids must be unique across nodes and edges',
      'edges[1].id: "b" is already the id of nodes[1]; ids must be unique across nodes and edges',
    ]);
  });

  it('reports edges whose ends or relation do not exist', () => {
    expect(problemsOf(readFixture('dangling-edge.graph.json'))).toEqual([
      'edges[0].target: "jetro" is not a node id',
      'edges[0].relation: "funds" is not a relation id; declare it under "relations"',
    ]);
  });

  it('reports unknown sectors', () => {
    expect(problemsOf(readFixture('unknown-sector.graph.json'))).toEqual([
      'nodes[0].sectors[1]: "helth" is not a sector id; declare it under "sectors"',
    ]);
  });

  it('accepts only http(s) links, however the scheme is disguised', () => {
    expect(problemsOf(readFixture('non-http-link.graph.json'))).toEqual([
      'nodes[0].links[0].url: must be an http:// or https:// address',
      'nodes[0].links[2].url: must be an http:// or https:// address',
    ]);
    for (const url of [
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//evil.example',
    ]) {
      const doc = minimal();
      const nodes = doc.nodes as { links?: unknown }[];
      nodes[0]!.links = [{ url }];
      const result = loadGraphValue(doc);
      expect(result.ok, url).toBe(false);
    }
  });

  it('refuses a file over the byte limit, naming the limit', () => {
    const big = ' '.repeat(LIMITS.maxBytes + 1);
    // One byte over reads as one byte over, not as the limit itself.
    expect(problemsOf(big)).toEqual(['the file is 20.0 MiB + 1 byte, over the limit of 20.0 MiB']);
  });

  it('refuses too many nodes by its count, naming the limit', () => {
    const doc = minimal();
    doc.nodes = Array.from({ length: 200_000 }, (_, i) => ({ id: `n${i}` }));
    const result = loadGraphValue(doc);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(say)).toEqual(['nodes: has 2,00,000 nodes; the limit is 20,000']);
  });

  it('reports a missing required field and an empty label', () => {
    const doc = minimal();
    const nodes = doc.nodes as Record<string, unknown>[];
    delete nodes[0]!.label;
    nodes[1]!.label = { en: 'JICA', hi: '   ' };
    expect(problemsOf(JSON.stringify(doc))).toEqual([
      'nodes[0].label: is required',
      'nodes[1].label.hi: must not be empty',
    ]);
  });

  it('caps a flood of problems and says how many more there were', () => {
    const doc = minimal();
    doc.edges = Array.from({ length: 300 }, (_, i) => ({
      id: `x${i}`,
      source: 'a',
      target: 'nowhere',
      relation: 'met',
      label: { en: 'x', hi: 'x' },
    }));
    const problems = problemsOf(JSON.stringify(doc));
    // Every one is kept; the interface and the command line show the first ones.
    expect(problems).toHaveLength(300);
    const result = loadGraphValue(doc);
    const shown = capProblems(result.ok ? [] : result.problems);
    expect(shown).toHaveLength(MAX_PROBLEMS + 1);
    expect(say(shown.at(-1)!)).toBe('…and 100 more problems');
  });

  it('warns about edges that carry no evidence but still loads them', () => {
    const doc = minimal();
    (doc.edges as Record<string, unknown>[])[0]!.provenance = [];
    const result = loadGraphValue(doc);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.warnings.map(say)).toEqual([
        'edges[0].provenance: has no evidence; add the sentence that supports it',
      ]);
  });

  it('never throws, whatever the input', () => {
    const inputs = [
      '',
      '\uFEFF',
      'null',
      '[]',
      '42',
      '"x"',
      '{"nodes": 5}',
      '['.repeat(200_000),
      '{"__proto__": {"polluted": 1}}',
    ];
    for (const input of inputs) {
      expect(() => loadGraphText(input), JSON.stringify(input.slice(0, 20))).not.toThrow();
      expect(loadGraphText(input).ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('every problem at once', () => {
  it('reports dangling edges and duplicate ids beside the schema’s problems', () => {
    const doc = minimal();
    const nodes = doc.nodes as Record<string, unknown>[];
    nodes.push({ ...nodes[0], label: 5 });
    (doc.edges as Record<string, unknown>[]).push({
      id: 'e9',
      source: 'a',
      target: 'ghost',
      relation: 'met',
      label: { en: 'x' },
    });
    const problems = problemsOf(JSON.stringify(doc));
    expect(problems).toContain(`nodes[${nodes.length - 1}].label: expected object, got 5`);
    expect(problems).toContain(`edges[1].target: "ghost" is not a node id`);
    expect(problems.some((p) => p.startsWith(`nodes[${nodes.length - 1}].id: `))).toBe(true);
  });

  it('says a recurring warning once, with its exact count, ahead of the rest', () => {
    const doc = minimal();
    doc.edges = Array.from({ length: 613 }, (_, i) => ({
      id: `x${i}`,
      source: 'a',
      target: 'a',
      relation: 'met',
      label: { en: 'x' },
    }));
    const result = loadGraphValue(doc);
    if (!result.ok) throw new Error(result.problems.map(say).join('\n'));
    expect(result.warnings.map(say)).toEqual([
      'edges: 613 relationships have no evidence; add the sentence each rests on (a "quote" column, or "provenance" in this app’s JSON)',
    ]);
  });
});
