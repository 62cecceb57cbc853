import fc from 'fast-check';
import { NODE_TYPES } from '../../src/schema/graphFile';

const devanagari = fc.constantFrom('उद्योग', 'झारखंड', 'जापान', 'सुजुकी ताकाशी', 'नई दिल्ली');
/** Non-blank text: ASCII, Devanagari, or HTML-ish strings that must survive as text. */
export const text = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 24 }),
    devanagari,
    fc.constant('<b onclick="x">&amp;</b>'),
  )
  .filter((s) => s.trim().length > 0)
  .map((s) => s.trim());

const localized = fc.oneof(
  fc.record({ en: text, hi: text }),
  fc.record({ en: text }), // Hindi left out
);

const attributeValue = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
const attributes = fc.dictionary(
  fc
    .stringMatching(/^[a-z][a-z_ ]{0,10}$/)
    // Keys inside may hold spaces; around them the schema refuses (a reader would trim them).
    .filter((k) => k.trim() === k && !['constructor', 'prototype'].includes(k)),
  attributeValue,
  { maxKeys: 4 },
);

/** A valid graph file in the project's format: unique ids, edges between existing nodes. */
export const graphFile = fc
  .record({
    sectorCount: fc.integer({ min: 0, max: 4 }),
    relationCount: fc.integer({ min: 1, max: 4 }),
    nodeCount: fc.integer({ min: 1, max: 12 }),
    edgeCount: fc.integer({ min: 0, max: 20 }),
  })
  .chain(({ sectorCount, relationCount, nodeCount, edgeCount }) => {
    const sectorIds = Array.from({ length: sectorCount }, (_, i) => `s${i}`);
    const relationIds = Array.from({ length: relationCount }, (_, i) => `r${i}`);
    const nodeIds = Array.from({ length: nodeCount }, (_, i) => `n${i}`);
    const node = (id: string) =>
      fc.record(
        {
          id: fc.constant(id),
          type: fc.constantFrom(...NODE_TYPES),
          label: localized,
          sectors: fc.subarray(sectorIds),
          description: localized,
          attributes,
          aliases: fc.array(text, { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'type', 'label', 'sectors'] },
      );
    const edge = (i: number) =>
      fc.record(
        {
          id: fc.constant(`e${i}`),
          source: fc.constantFrom(...nodeIds),
          target: fc.constantFrom(...nodeIds),
          relation: fc.constantFrom(...relationIds),
          label: localized,
          attributes,
        },
        { requiredKeys: ['id', 'source', 'target', 'relation', 'label'] },
      );
    return fc.record({
      format: fc.constant('stakeholder-graph'),
      version: fc.constant(1),
      meta: fc.record({ title: localized }),
      sectors: fc.tuple(
        ...sectorIds.map((id) => fc.record({ id: fc.constant(id), label: localized })),
      ),
      relations: fc.tuple(
        ...relationIds.map((id) => fc.record({ id: fc.constant(id), label: localized })),
      ),
      nodes: fc.tuple(...nodeIds.map(node)),
      edges: fc.tuple(...Array.from({ length: edgeCount }, (_, i) => edge(i))),
    });
  });
