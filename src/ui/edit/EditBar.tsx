import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import { useRovingFocus } from '../useRovingFocus';
import { UndoRedo } from './EditControls';
import PickedActions from './PickedActions';

/**
 * The editing tools, shown while editing: undo and redo, a new node, a link from the selected node, drawing
 * links on the canvas, the map's title, possible duplicates and the history; and what can be
 * done with several picked nodes.
 */
export default function EditBar() {
  const { t } = useT();
  const editing = useApp((s) => s.editing);
  const selection = useApp((s) => s.selection);
  const open = useApp((s) => s.openEditForm);
  const drawLinks = useApp((s) => s.drawLinks);
  const setDrawLinks = useApp((s) => s.setDrawLinks);
  const form = useApp((s) => s.editForm?.kind);
  const roving = useRovingFocus<HTMLDivElement>();
  if (!editing) return null;
  const from = selection?.kind === 'node' ? selection.id : undefined;
  return (
    <div className="edit-bar" role="toolbar" aria-label={t('edit.bar')} {...roving}>
      <UndoRedo />
      <button
        type="button"
        title={t('edit.newNodeKey')}
        aria-pressed={form === 'node'}
        onClick={() => open({ kind: 'node' })}
      >
        {t('edit.newNode')}
      </button>
      <button
        type="button"
        title={t('edit.linkToKey')}
        disabled={!from}
        onClick={() => open({ kind: 'edge', source: from })}
      >
        {t('edit.linkTo')}
      </button>
      <button
        type="button"
        title={t('edit.drawLinksLabel')}
        aria-pressed={drawLinks}
        onClick={() => setDrawLinks(!drawLinks)}
      >
        {t('edit.drawLinks')}
      </button>
      <button type="button" aria-pressed={form === 'title'} onClick={() => open({ kind: 'title' })}>
        {t('edit.mapTitle')}
      </button>
      <button
        type="button"
        aria-pressed={form === 'duplicates'}
        onClick={() => open({ kind: 'duplicates' })}
      >
        {t('edit.duplicates')}
      </button>
      <button
        type="button"
        aria-pressed={form === 'history'}
        onClick={() => open({ kind: 'history' })}
      >
        {t('edit.history')}
      </button>
      <PickedActions />
    </div>
  );
}
