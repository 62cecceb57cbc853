import { bringIntoView } from '../camera/camera';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Core } from 'cytoscape';
import type { VisibleSet } from '../../graph/filters';
import type { GraphModel } from '../../graph/model';
import type { Selection } from '../../graph/view';
import { walkStart, walkSteps, type WalkStep } from '../../graph/walk';
import type { AppStore } from '../../store/store';
import { bundlesFor } from '../../store/derived';
import { drawnId } from '../../graph/bundles';
import { layerOf } from '../highlight/layer';
import type { Translator } from '../../store/useT';

interface Walk {
  /** The node whose neighbours the cursor goes through. */
  readonly from: string;
  readonly steps: readonly WalkStep[];
  readonly at: number;
}

/**
 * Walking the graph from the keyboard, on the focused canvas: Up and Down go round the selected
 * node's neighbours (clockwise, as drawn), each announced with its name, type and relation;
 * Right moves to the one announced, Left goes back the way the walk came; Enter opens the
 * details and puts the focus there. Out: the key handler and the latest announcement, for a
 * live region. The neighbour under the cursor is marked on the canvas.
 */
export function useKeyboardWalk(
  cy: Core | null,
  store: AppStore,
  inputs: {
    readonly graph: GraphModel;
    readonly shown: VisibleSet;
    readonly degrees: ReadonlyMap<string, number>;
    readonly selection: Selection | null;
    readonly tr: Translator;
  },
) {
  const { graph, shown, degrees, selection, tr } = inputs;
  const { t, loc } = tr;
  const [walk, setWalk] = useState<Walk | null>(null);
  const [message, setMessage] = useState('');
  const trail = useRef<string[]>([]);
  const current = selection?.kind === 'node' && shown.nodes.has(selection.id) ? selection.id : null;
  // A cursor belongs to the node it went round; another selection (a click, the list) drops it.
  const cursor = walk && walk.from === current ? walk.steps[walk.at] : undefined;

  useEffect(() => {
    if (!cy || cy.destroyed() || !cursor) return;
    const layer = layerOf(cy);
    const edge = drawnId(bundlesFor(graph), cursor.edge.id);
    layer?.mark(
      'walk',
      new Map([
        [cursor.node, ['walk-cursor']],
        [edge, ['walk-cursor']],
      ]),
      false,
    );
    // The neighbour just announced is on screen, at the zoom the user chose.
    bringIntoView(cy, cy.getElementById(cursor.node), true);
    return () => {
      if (!cy.destroyed()) layer?.mark('walk', new Map(), false);
    };
  }, [cy, cursor, graph]);

  const nameOf = (id: string) => {
    const node = graph.nodeById.get(id);
    return node ? { name: loc(node.label), type: t(`type.${node.type}`) } : null;
  };
  const countOf = (id: string) => tr.n(walkSteps(graph, shown, id, () => undefined).length);
  const moveTo = (id: string, back: boolean) => {
    const said = nameOf(id);
    if (!said) return;
    if (!back && current) trail.current.push(current);
    store.getState().selectNode(id, { reveal: true });
    setWalk(null);
    setMessage(t('walk.moved', { ...said, count: countOf(id) }));
  };
  const start = () => {
    const first = walkStart(shown, degrees);
    const said = first ? nameOf(first) : null;
    if (!first || !said) {
      setMessage(t('walk.empty'));
      return;
    }
    trail.current = [];
    store.getState().selectNode(first, { reveal: true });
    setWalk(null);
    setMessage(t('walk.start', { ...said, count: countOf(first) }));
  };
  const turn = (by: 1 | -1) => {
    if (!current || !cy) return start();
    // Going on round the same node, or starting round it from twelve o'clock.
    const going = walk?.from === current ? walk : null;
    const steps =
      going?.steps ??
      walkSteps(graph, shown, current, (id) => {
        const el = cy.getElementById(id);
        return el.nonempty() ? el.position() : undefined;
      });
    if (steps.length === 0) {
      setMessage(t('walk.none', { name: nameOf(current)?.name ?? current }));
      return;
    }
    const at = going
      ? (going.at + by + steps.length) % steps.length
      : by > 0
        ? 0
        : steps.length - 1;
    const step = steps[at];
    const said = step ? nameOf(step.node) : null;
    if (!step || !said) return;
    setWalk({ from: current, steps, at });
    setMessage(
      t('walk.neighbour', {
        ...said,
        relation: loc(step.edge.label),
        source: nameOf(step.edge.source)?.name ?? step.edge.source,
        target: nameOf(step.edge.target)?.name ?? step.edge.target,
        index: tr.n(at + 1),
        count: tr.n(steps.length),
      }),
    );
  };
  const openDetails = () => {
    if (cursor) moveTo(cursor.node, false);
    else if (current) {
      store.getState().showPanel('details');
      store.getState().openSheet('side');
    } else return start();
    // The details render with the selection; focus follows once they are on the page.
    requestAnimationFrame(() => document.getElementById('side-panel')?.focus());
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'ArrowDown') turn(1);
    else if (e.key === 'ArrowUp') turn(-1);
    else if (e.key === 'ArrowRight') {
      if (cursor) moveTo(cursor.node, false);
      else turn(1);
    } else if (e.key === 'ArrowLeft') {
      const back = trail.current.pop();
      if (back && graph.nodeById.has(back)) moveTo(back, true);
    } else if (e.key === 'Enter') openDetails();
    else return;
    e.preventDefault();
  };
  return { onKeyDown, message };
}
