import type { Command } from '../../graph/commands';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import { useCommandName } from './useCommandName';

const VERB = { done: 'edit.done', undone: 'edit.undone', redone: 'edit.redone' } as const;

/**
 * The edit switch, and the line that announces each step to screen readers (done, undone or
 * redone, by name).
 */
export default function EditControls() {
  const { t } = useT();
  const editing = useApp((s) => s.editing);
  const setEditing = useApp((s) => s.setEditing);
  const lastStep = useApp((s) => s.lastStep);
  const commandName = useCommandName();
  return (
    <span className="edit-controls">
      <button
        type="button"
        aria-pressed={editing}
        title={t('edit.toggleLabel')}
        onClick={() => setEditing(!editing)}
      >
        {t('edit.toggle')}
      </button>
      <span className="sr-only" role="status" data-testid="edit-said">
        {lastStep ? t(VERB[lastStep.verb], { name: commandName(lastStep.command.name) }) : ''}
      </span>
    </span>
  );
}

/** Undo and Redo, each saying what it would undo or redo ("Undo: rename …"). */
export function UndoRedo() {
  const { t } = useT();
  const past = useApp((s) => s.past);
  const future = useApp((s) => s.future);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const commandName = useCommandName();
  const name = (c: Command) => commandName(c.name);
  const undoing = past.at(-1)?.command;
  const redoing = future[0]?.command;
  return (
    <>
      <button
        type="button"
        disabled={!undoing}
        title={undoing ? t('edit.undoWhat', { name: name(undoing) }) : t('edit.nothingToUndo')}
        aria-label={undoing ? t('edit.undoWhat', { name: name(undoing) }) : t('edit.undo')}
        onClick={undo}
      >
        <span aria-hidden="true">↶ </span>
        {t('edit.undo')}
      </button>
      <button
        type="button"
        disabled={!redoing}
        title={redoing ? t('edit.redoWhat', { name: name(redoing) }) : t('edit.nothingToRedo')}
        aria-label={redoing ? t('edit.redoWhat', { name: name(redoing) }) : t('edit.redo')}
        onClick={redo}
      >
        <span aria-hidden="true">↷ </span>
        {t('edit.redo')}
      </button>
    </>
  );
}
