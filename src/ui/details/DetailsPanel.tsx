import { useEffect, useRef } from 'react';
import { clearSelectionAction } from '../../actions/registry';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import ActionButton from '../ActionButton';
import EdgeDetails from './EdgeDetails';
import NodeDetails from './NodeDetails';

/** The selected node or relationship, or a hint and the data set's description. */
export default function DetailsPanel() {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const selection = useApp((s) => s.selection);
  const panel = useRef<HTMLElement>(null);
  const node = selection?.kind === 'node' ? graph.nodeById.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? graph.edgeById.get(selection.id) : undefined;

  // Following a link inside the panel replaces its content, unmounting the focused button;
  // keep keyboard focus at the top of the new content instead of losing it to the page.
  const clickedInside = useRef(false);
  useEffect(() => {
    if (!clickedInside.current) return;
    clickedInside.current = false;
    panel.current
      ?.querySelector<HTMLElement>(selection ? '#details-title' : '#details-heading')
      ?.focus();
  }, [selection]);

  return (
    <aside
      className="details"
      ref={panel}
      aria-labelledby="details-heading"
      onClickCapture={() => {
        // Effects of a click's update flush synchronously (React 18+), before this timeout.
        clickedInside.current = true;
        window.setTimeout(() => (clickedInside.current = false), 0);
      }}
    >
      <div className="details-top">
        <h2 id="details-heading" tabIndex={-1}>
          {t('details.heading')}
        </h2>
        {selection ? <ActionButton action={clearSelectionAction} /> : null}
      </div>
      {node ? <NodeDetails node={node} /> : null}
      {edge ? <EdgeDetails edge={edge} /> : null}
      {!node && !edge ? (
        <div className="details-empty">
          <p>{t('details.empty')}</p>
          {graph.meta.description ? (
            <p className="description">{loc(graph.meta.description)}</p>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}
