import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { EditForm } from '../../store/historySlice';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { viewCentre } from '../../io/viewCentre';
import DuplicatesList from './DuplicatesList';
import EdgeForm from './EdgeForm';
import HistoryList from './HistoryList';
import MergeForm from './MergeForm';
import NodeForm from './NodeForm';
import TitleForm from './TitleForm';

const HEADING = {
  node: 'edit.newNodeHeading',
  edge: 'edit.edgeHeading',
  merge: 'edit.merge',
  history: 'edit.history',
  duplicates: 'edit.duplicates',
  title: 'edit.mapTitle',
} as const;

/**
 * The open editing form or list, beside the canvas (a sheet from the bottom on a phone): a
 * labelled dialog that does not block the map, closed by its button or Escape.
 */
export default function EditSheet() {
  const { t, n } = useT();
  const id = useId();
  const store = useAppStore();
  const form = useApp((s) => s.editForm);
  const open = useApp((s) => s.openEditForm);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    // The first field still to fill (a link drawn or begun from a node has its start already).
    const fields = [...(box.current?.querySelectorAll<HTMLElement>('input, textarea') ?? [])];
    const empty = fields.find((f) => f instanceof HTMLInputElement && f.value === '');
    (empty ?? box.current?.querySelector<HTMLElement>('select, button.step'))?.focus();
  }, [form?.kind]);
  if (!form) return null;
  const close = () => {
    open(null);
    document.getElementById('graph')?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };
  const selectNode = (nodeId: string) => {
    open(null);
    store.getState().selectNode(nodeId, { reveal: true });
  };
  return (
    <section
      ref={box}
      className="edit-sheet"
      role="dialog"
      aria-labelledby={`${id}-h`}
      onKeyDown={onKeyDown}
    >
      <div className="edit-sheet-top">
        <h2 id={`${id}-h`}>
          {form.kind === 'merge'
            ? t('edit.mergeHeading', { count: n(form.ids.length) })
            : t(HEADING[form.kind])}
        </h2>
        <button type="button" onClick={close}>
          {t('edit.close')}
        </button>
      </div>
      <Body
        form={form}
        onNode={selectNode}
        onEdge={(edgeId) => {
          open(null);
          store.getState().selectEdge(edgeId);
        }}
      />
    </section>
  );
}

function Body({
  form,
  onNode,
  onEdge,
}: {
  form: EditForm;
  onNode: (id: string) => void;
  onEdge: (id: string) => void;
}) {
  const { t } = useT();
  const store = useAppStore();
  switch (form.kind) {
    case 'node': {
      const selection = store.getState().selection;
      const hint = form.at
        ? 'edit.newNodeAt'
        : selection?.kind === 'node'
          ? 'edit.newNodeBeside'
          : 'edit.newNodeMiddle';
      return (
        <>
          <p className="hint">{t(hint)}</p>
          <NodeForm place={() => form.at ?? placeBeside(store)} onDone={onNode} />
        </>
      );
    }
    case 'edge':
      return <EdgeForm ends={form} onDone={onEdge} />;
    case 'merge':
      return <MergeForm ids={form.ids} onDone={onNode} />;
    case 'history':
      return <HistoryList />;
    case 'duplicates':
      return <DuplicatesList />;
    case 'title':
      return <TitleForm />;
  }
}

/** Beside the selected node, clear of its neighbours; else the middle of the view. */
function placeBeside(store: ReturnType<typeof useAppStore>): { x: number; y: number } {
  const s = store.getState();
  const at = s.selection?.kind === 'node' ? s.positions.get(s.selection.id) : undefined;
  const start = at ? { x: at.x + 80, y: at.y + 40 } : viewCentre();
  const taken = [...s.positions.values()];
  for (let ring = 0; ring < 40; ring++) {
    const p = { x: start.x + ring * 50 * Math.cos(ring), y: start.y + ring * 50 * Math.sin(ring) };
    if (!taken.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < 45)) return p;
  }
  return start;
}
