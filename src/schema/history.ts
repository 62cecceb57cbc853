import * as z from 'zod/mini';
import {
  edgeSchema,
  idSchema,
  metaSchema,
  nodeSchema,
  relationSchema,
  sectorSchema,
  sourceSchema,
  storySchema,
} from './graphFile';

/** The names a step of the history can have; the interface words each in both languages. */
export const COMMAND_CODES = [
  'node.add',
  'node.rename',
  'node.edit',
  'node.delete',
  'node.move',
  'nodes.move',
  'nodes.edit',
  'nodes.delete',
  'nodes.merge',
  'nodes.distinct',
  'layout.move',
  'edge.add',
  'edge.edit',
  'edge.evidence',
  'edge.delete',
  'sector.add',
  'relation.add',
  'source.add',
  'meta.title',
  'fields.choose',
  'story.add',
  'story.title',
  'story.delete',
  'story.step.add',
  'story.step.edit',
  'story.step.move',
  'story.step.delete',
  'node.assess',
  'node.assess.delete',
  'node.target',
] as const;
export type CommandCode = (typeof COMMAND_CODES)[number];

const index = z.number().check(z.int(), z.nonnegative());
const changeOf = <K extends string, T extends z.ZodMiniType>(kind: K, record: T) =>
  z.strictObject({
    kind: z.literal(kind),
    id: idSchema,
    index,
    before: z.nullable(record),
    after: z.nullable(record),
  });

/**
 * A step of the history as browser storage keeps it: read back through the same record
 * schemas as a file, so a stored step is trusted no more than a file is.
 */
export const storedCommandSchema = z.strictObject({
  name: z.strictObject({
    code: z.enum(COMMAND_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
  changes: z.array(
    z.union([
      changeOf('node', nodeSchema),
      changeOf('edge', edgeSchema),
      changeOf('sector', sectorSchema),
      changeOf('relation', relationSchema),
      changeOf('source', sourceSchema),
      changeOf('story', storySchema),
      z.strictObject({
        kind: z.literal('meta'),
        id: z.literal('meta'),
        index,
        before: z.nullable(metaSchema),
        after: z.nullable(metaSchema),
      }),
    ]),
  ),
});

/** The history kept with a stored graph: the steps done, oldest first, and those to redo. */
export const storedHistorySchema = z.strictObject({
  past: z.array(storedCommandSchema),
  future: z.array(storedCommandSchema),
});
