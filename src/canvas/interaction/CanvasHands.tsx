import { useEffect, useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { AppStore } from '../../store/store';
import { useEditGestures } from './useEditGestures';
import { useKeyboardWalk } from './useKeyboardWalk';

type WalkInputs = Parameters<typeof useKeyboardWalk>[2];

/**
 * What the canvas does with keys and gestures: the keyboard walk, and edit mode's drags, boxes
 * and links. Fetched once the first picture is drawn (a graph is looked at before it is
 * handled); the canvas says when it has arrived (`data-hands`), and tests wait for that.
 * `keysRef` is where the canvas's key handler finds the walk; the walk's words are said in a live
 * region of their own.
 */
export default function CanvasHands({
  cy,
  store,
  walk: inputs,
  editing,
  drawLinks,
  keysRef,
  onDrawing,
  onArrived,
}: {
  cy: Core | null;
  store: AppStore;
  walk: WalkInputs;
  editing: boolean;
  drawLinks: boolean;
  keysRef: RefObject<((e: KeyboardEvent) => void) | null>;
  onDrawing: (drawing: boolean) => void;
  onArrived: () => void;
}) {
  const drawing = useEditGestures(cy, store, editing, drawLinks);
  useEffect(() => onDrawing(drawing), [drawing, onDrawing]);
  const walk = useKeyboardWalk(cy, store, inputs);
  useLayoutEffect(() => {
    keysRef.current = walk.onKeyDown;
  });
  useEffect(onArrived, [onArrived]);
  return (
    <p className="sr-only" aria-live="polite" data-testid="walk-said">
      {walk.message}
    </p>
  );
}
