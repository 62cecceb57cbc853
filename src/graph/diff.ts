import type { Change, Command, CommandName } from './commands';
import type { GraphModel } from './model';

type Keyed = { readonly id: string };

/**
 * The changes that turn one list into another. Where both hold the same ids in the same order
 * (a field choice keeps every id), only the records that differ are replaced; otherwise every
 * old record goes, from the end, and every new one comes in, in order.
 */
function listChanges<T extends Keyed>(
  before: readonly T[],
  after: readonly T[],
  change: (id: string, index: number, b: T | null, a: T | null) => Change,
): Change[] {
  const sameIds = before.length === after.length && before.every((r, i) => r.id === after[i]!.id);
  if (sameIds)
    return before.flatMap((r, i) =>
      r === after[i] || JSON.stringify(r) === JSON.stringify(after[i])
        ? []
        : [change(r.id, i, r, after[i]!)],
    );
  const out: Change[] = [];
  for (let i = before.length - 1; i >= 0; i--) out.push(change(before[i]!.id, i, before[i]!, null));
  after.forEach((r, i) => out.push(change(r.id, i, null, r)));
  return out;
}

/**
 * One command that turns graph `a` into graph `b`, for a change made as a whole graph (a
 * field choice reads every node anew). Out: the command, empty when nothing differs.
 */
export function commandBetween(a: GraphModel, b: GraphModel, name: CommandName): Command {
  const changes: Change[] = [
    ...listChanges(
      [...a.sources.values()],
      [...b.sources.values()],
      (id, index, before, after) => ({ kind: 'source', id, index, before, after }),
    ),
    ...listChanges(
      [...a.sectors.values()],
      [...b.sectors.values()],
      (id, index, before, after) => ({ kind: 'sector', id, index, before, after }),
    ),
    ...listChanges(
      [...a.relations.values()],
      [...b.relations.values()],
      (id, index, before, after) => ({ kind: 'relation', id, index, before, after }),
    ),
  ];
  // References are checked once, on the result, so the order within the command matters only
  // for ids: each list's old records go before its new ones come, as undo reverses exactly.
  changes.push(
    ...listChanges(a.nodes, b.nodes, (id, index, before, after) => ({
      kind: 'node',
      id,
      index,
      before,
      after,
    })),
    ...listChanges(a.edges, b.edges, (id, index, before, after) => ({
      kind: 'edge',
      id,
      index,
      before,
      after,
    })),
  );
  const meta: Change[] =
    JSON.stringify(a.meta) === JSON.stringify(b.meta)
      ? []
      : [{ kind: 'meta', id: 'meta', index: 0, before: a.meta, after: b.meta }];
  return { name, changes: [...changes, ...meta] };
}
