import type { AppStore } from '../store/store';
import type { Action } from './action';
import { withFeatureText } from '../i18n/featureText';

/** The id of the English label field of the selection's editor, which F2 focuses. */
export const RENAME_FIELD = 'edit-label-en';

const editing = (store: AppStore) => store.getState().editing;

export const newNodeAction: Action = {
  id: 'newNode',
  labelKey: 'edit.newNode',
  titleKey: 'edit.newNodeKey',
  keys: ['n', 'N'],
  enabled: editing,
  perform: (store) => store.getState().openEditForm({ kind: 'node' }),
};

export const linkToAction: Action = {
  id: 'linkTo',
  labelKey: 'edit.linkTo',
  titleKey: 'edit.linkToKey',
  keys: ['l', 'L'],
  enabled: (store) => editing(store) && store.getState().selection?.kind === 'node',
  perform: (store) => {
    const s = store.getState();
    if (s.selection?.kind === 'node') s.openEditForm({ kind: 'edge', source: s.selection.id });
  },
};

export const renameAction: Action = {
  id: 'rename',
  labelKey: 'edit.rename',
  keys: ['F2'],
  enabled: (store) => editing(store) && store.getState().selection !== null,
  perform: () => {
    const field = document.getElementById(RENAME_FIELD);
    if (field instanceof HTMLInputElement) {
      field.focus();
      field.select();
    }
  },
};

/** Deletes what is picked, else the selected node or relationship: one step, undone by Ctrl+Z. */
export const deleteAction: Action = {
  id: 'delete',
  labelKey: 'edit.delete',
  keys: ['Delete', 'Backspace'],
  enabled: (store) => {
    const s = store.getState();
    return s.editing && (s.selected.length > 0 || s.selection !== null);
  },
  // The editing tools have fetched the edits' code by now; it is not part of the first picture.
  perform: (store) =>
    void withFeatureText(import('../graph/edits')).then(({ deleteEdge, deleteNodes }) => {
      const s = store.getState();
      if (s.selected.length > 0) {
        if (s.perform(deleteNodes(s.graph, s.selected))) s.setSelected([]);
        return;
      }
      const command =
        s.selection?.kind === 'node'
          ? deleteNodes(s.graph, [s.selection.id])
          : s.selection?.kind === 'edge'
            ? deleteEdge(s.graph, s.selection.id)
            : null;
      if (command) s.perform(command);
    }),
};

export const EDIT_ACTIONS: readonly Action[] = [
  newNodeAction,
  linkToAction,
  renameAction,
  deleteAction,
];
