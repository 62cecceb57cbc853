import type { Change, Command, CommandName } from './commands';
import type { GraphModel, GraphNode } from './model';

// Moving nodes is the one edit made without the editing tools' code (a drag, or a layout run
// while editing), so it lives apart from edits.ts with the naming every edit shares.

export type Words = { readonly en: string; readonly hi: string; readonly hiMissing?: true };
const hiOf = (w: Words) => (w.hiMissing ? w.en : w.hi || w.en);

/** A step's names in both languages, so its history line reads in the interface language. */
export function said(label: Words, to?: Words): Record<string, string> {
  return {
    label: label.en,
    labelHi: hiOf(label),
    ...(to ? { to: to.en, toHi: hiOf(to) } : {}),
  };
}

/** A node's place in its list, where a change puts it back. */
export const nodeIndex = (graph: GraphModel, id: string) =>
  graph.nodes.findIndex((n) => n.id === id);

/** Nodes moved to new places, as one step: a drag (`node.move`, `nodes.move`) or a layout. */
export function moveNodes(
  graph: GraphModel,
  places: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
  code: 'node.move' | 'layout.move' = 'node.move',
): Command {
  const changes: Change[] = [];
  for (const [id, p] of places) {
    const before = graph.nodeById.get(id);
    if (!before || (before.position?.x === p.x && before.position.y === p.y)) continue;
    const after: GraphNode = { ...before, position: { x: p.x, y: p.y } };
    changes.push({ kind: 'node', id, index: nodeIndex(graph, id), before, after });
  }
  const one = changes.length === 1 ? graph.nodeById.get(changes[0]!.id) : undefined;
  const name: CommandName =
    code === 'node.move' && one
      ? { code, params: said(one.label) }
      : { code: code === 'node.move' ? 'nodes.move' : code, params: { count: changes.length } };
  return { name, changes };
}
