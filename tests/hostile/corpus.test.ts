import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { LIMITS } from '../../src/schema/limits';
import { hostileBytes, importBytes, importHostile, problemLines } from './importHostile';

const utf8 = (s: string) => new TextEncoder().encode(s);
const HTML_AND_SCRIPT = /<script>|onerror=|onload=|javascript:|constructor\.constructor/;

describe('the hostile input corpus', () => {
  it('keeps script and HTML in every string field as literal text', () => {
    const r = importHostile('script-in-strings.graph.json');
    expect(problemLines(r)).toEqual([]);
    if (!r.ok) return;
    const strings = JSON.stringify({
      meta: r.graph.meta,
      nodes: r.graph.nodes,
      edges: r.graph.edges,
    });
    expect(strings).toMatch(HTML_AND_SCRIPT);
    expect(r.graph.nodes[0]?.label.en).toBe('<script>window.__pwned=1</script> node 0');
    expect(r.graph.nodes[0]?.attributes).toEqual({
      '<b>key</b>': '<script>window.__pwned=1</script>',
      note: '<img src=x onerror="window.__pwned=1">',
    });
  });

  it('keeps script and formula-like cells in a CSV as text', () => {
    const r = importHostile('script-in-strings.csv');
    expect(problemLines(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.graph.nodes.map((n) => n.label.en)).toEqual([
      '<script>window.__pwned=1</script>',
      '=HYPERLINK("http://evil.example")',
    ]);
  });

  it('rejects javascript:, data:, vbscript:, tab-obfuscated and space-led links', () => {
    expect(problemLines(importHostile('bad-links.graph.json'))).toEqual(
      [0, 1, 2, 3, 4, 5].map(
        (i) =>
          `bad-links.graph.json: nodes[0].links[${i}].url: must be an http:// or https:// address`,
      ),
    );
  });

  it('rejects __proto__ and constructor keys wherever they are, without pollution', () => {
    expect(problemLines(importHostile('proto-keys.graph.json'))).toEqual([
      'proto-keys.graph.json: __proto__: "__proto__" is not allowed as a name; rename it',
    ]);
    expect(problemLines(importHostile('proto-attributes.graph.json'))).toEqual([
      'proto-attributes.graph.json: nodes[0].attributes.__proto__: "__proto__" is not allowed as a name; rename it',
      'proto-attributes.graph.json: nodes[0].attributes.constructor: "constructor" is not allowed as a name; rename it',
    ]);
    expect(problemLines(importHostile('proto-cytoscape.json'))).toEqual([
      'proto-cytoscape.json: elements.nodes[0].data.__proto__: "__proto__" is not allowed as a name; rename it',
    ]);
    expect(problemLines(importHostile('proto-header.csv'))).toEqual([
      'proto-header.csv: line 1: column 3: the column name "__proto__" is not allowed; rename it',
    ]);
    expect(problemLines(importHostile('constructor-header.csv'))).toEqual([
      'constructor-header.csv: line 1: column 3: the column name "constructor" is not allowed; rename it',
    ]);
    expect(problemLines(importHostile('proto-tag.graphml'))).toEqual([
      'proto-tag.graphml: the name "__proto__" is not allowed in the XML; rename it',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses XML entity declarations instead of expanding them', () => {
    expect(problemLines(importHostile('entity-bomb.graphml'))).toEqual([
      'entity-bomb.graphml: entity declarations (<!ENTITY) are not read; remove them',
    ]);
  });

  it('reports duplicate ids across nodes and edges, and dangling edges', () => {
    expect(problemLines(importHostile('duplicate-ids-across.graph.json'))).toEqual([
      'duplicate-ids-across.graph.json: edges[0].id: "a" is already the id of nodes[0]; ids must be unique across nodes and edges',
    ]);
    expect(problemLines(importHostile('dangling-edge.graph.json'))).toEqual([
      'dangling-edge.graph.json: edges[0].source: "nobody" is not a node id',
    ]);
  });

  it('allows self-loops and cycles', () => {
    const r = importHostile('self-loop-and-cycle.graph.json');
    expect(r.ok && r.graph.edges.map((e) => `${e.source}->${e.target}`)).toEqual([
      'a->a',
      'a->b',
      'b->a',
    ]);
    expect(r.ok && r.graph.incident.get('a')?.length).toBe(3);
  });

  it('refuses empty files, reads a byte-order mark, refuses non-UTF-8 bytes', () => {
    expect(problemLines(importHostile('empty.graph.json'))).toEqual([
      'empty.graph.json: the file is empty',
    ]);
    expect(problemLines(importHostile('whitespace.csv'))).toEqual([
      'whitespace.csv: the file is empty',
    ]);
    expect(importHostile('bom.graph.json').ok).toBe(true);
    const csv = importHostile('bom-nodes.csv');
    expect(csv.ok && csv.graph.nodeById.get('ranchi')?.label).toEqual({ en: 'Ranchi', hi: 'रांची' });
    expect(hostileBytes('latin1.csv')).toContain(0xe3);
    expect(problemLines(importHostile('latin1.csv'))).toEqual([
      'latin1.csv: the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again',
    ]);
  });

  it('reports wrong types everywhere, each at its path', () => {
    const lines = problemLines(importHostile('wrong-types-everywhere.graph.json'));
    expect(lines).toHaveLength(14);
    expect(lines).toContain(
      'wrong-types-everywhere.graph.json: nodes[3].id: expected string, got 5',
    );
    expect(lines).toContain('wrong-types-everywhere.graph.json: edges: expected array, got {…}');
  });

  it('refuses deeply nested JSON and XML without overflowing', () => {
    const deepJson = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(problemLines(importFiles([{ name: 'deep.json', text: deepJson }]))).toHaveLength(1);
    const deepObj = '{"nodes":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    expect(importFiles([{ name: 'deep.json', text: deepObj }]).ok).toBe(false);
    const deepXml =
      '<graphml><graph><node id="a">' +
      '<x>'.repeat(5_000) +
      '</x>'.repeat(5_000) +
      '</node></graph></graphml>';
    // The 101st level is the 98th <x>: said with its place, not as the parser's bare words.
    const column = deepXml.indexOf('<x>') + 97 * 3 + 1;
    expect(problemLines(importFiles([{ name: 'deep.graphml', text: deepXml }]))).toEqual([
      `deep.graphml: line 1, column ${column}: elements are nested more than 100 deep here; no graph file needs that`,
    ]);
  });

  it('refuses a 50 MB file by its size, naming the limit', () => {
    const big = 'x'.repeat(50 * 1024 * 1024);
    const r = importFiles([{ name: 'big.json', text: big }]);
    expect(problemLines(r)).toEqual(['big.json: the file is 50.0 MiB, over the limit of 20.0 MiB']);
  });

  it('refuses a 200,000-node file by its count, naming the limit', () => {
    const nodes = Array.from(
      { length: 200_000 },
      (_, i) => `{"id":"n${i}","type":"topic","label":{"en":"n"}}`,
    );
    const text = `{"format":"stakeholder-graph","version":1,"meta":{"title":{"en":"t"}},"sectors":[],"relations":[],"nodes":[${nodes.join(',')}],"edges":[]}`;
    expect(text.length).toBeLessThan(LIMITS.maxBytes);
    const r = importBytes([{ name: 'many.graph.json', bytes: utf8(text) }]);
    expect(problemLines(r)).toEqual([
      'many.graph.json: nodes: has 2,00,000 nodes; the limit is 20,000',
    ]);
    const csv = 'id\n' + Array.from({ length: 200_000 }, (_, i) => `n${i}`).join('\n');
    const rc = importFiles([{ name: 'many.csv', text: csv }]);
    expect(problemLines(rc)).toEqual(['many.csv: nodes: has 2,00,000 nodes; the limit is 20,000']);
  });
});

describe('ids that name object properties', () => {
  it('are refused, because the canvas would silently leave such nodes out', () => {
    expect(problemLines(importHostile('reserved-ids.graph.json'))).toEqual([
      'reserved-ids.graph.json: nodes[0].id: "constructor" is a reserved name and cannot be an id; rename it',
      'reserved-ids.graph.json: nodes[1].id: "toString" is a reserved name and cannot be an id; rename it',
      'reserved-ids.graph.json: edges[0].source: "constructor" is a reserved name and cannot be an id; rename it',
      'reserved-ids.graph.json: edges[0].target: "toString" is a reserved name and cannot be an id; rename it',
    ]);
    const csv = importFiles([{ name: 'e.csv', text: 'from,to\n__proto__,hasOwnProperty\n' }]);
    expect(problemLines(csv)).toEqual([
      'e.csv: line 2: from: "__proto__" is a reserved name and cannot be an id; rename it',
      'e.csv: line 2: to: "hasOwnProperty" is a reserved name and cannot be an id; rename it',
    ]);
  });
});
