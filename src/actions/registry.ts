import type { MessageKey } from '../i18n/strings';
import type { ExportKind } from '../io/exportView';
import { exportView } from '../io/onDemand';
import { switchLanguage } from '../io/language';
import type { Action } from './action';
import { EDIT_ACTIONS } from './editActions';
import { withFeatureText } from '../i18n/featureText';

export type { Action } from './action';

export const fitAction: Action = {
  id: 'fit',
  labelKey: 'toolbar.fit',
  titleKey: 'toolbar.fitLabel',
  icon: '⤢',
  keys: ['0'],
  perform: (store) => store.getState().requestCamera('fit'),
};

export const zoomInAction: Action = {
  id: 'zoomIn',
  labelKey: 'toolbar.zoomIn',
  icon: '+',
  keys: ['+', '='],
  perform: (store) => store.getState().requestCamera('zoomIn'),
};

export const zoomOutAction: Action = {
  id: 'zoomOut',
  labelKey: 'toolbar.zoomOut',
  icon: '−',
  keys: ['-'],
  perform: (store) => store.getState().requestCamera('zoomOut'),
};

export const rerunLayoutAction: Action = {
  id: 'rerunLayout',
  labelKey: 'toolbar.rerun',
  icon: '⟳',
  keys: ['r'],
  perform: (store) => store.getState().rerunLayout(),
};

export const resetViewAction: Action = {
  id: 'resetView',
  labelKey: 'toolbar.reset',
  titleKey: 'toolbar.resetLabel',
  icon: '↺',
  perform: (store) => store.getState().resetView(),
};

export const clearSelectionAction: Action = {
  id: 'clearSelection',
  labelKey: 'details.close',
  icon: '×',
  keys: ['Escape'],
  perform: (store) => store.getState().clearSelection(),
};

export const toggleLanguageAction: Action = {
  id: 'toggleLanguage',
  labelKey: 'lang.switch',
  titleKey: 'lang.switchLabel',
  perform: (store) => {
    void switchLanguage(store, store.getState().lang === 'en' ? 'hi' : 'en');
  },
};

const exportAction = (kind: ExportKind, labelKey: MessageKey): Action => ({
  id: `export-${kind}`,
  labelKey,
  perform: (store) => void exportView(store, kind),
});

/** The export menu's entries, in order. */
export const EXPORT_ACTIONS: readonly Action[] = [
  exportAction('pngView', 'export.pngView'),
  exportAction('pngWhole', 'export.pngWhole'),
  exportAction('svg', 'export.svg'),
  exportAction('json', 'export.json'),
  exportAction('csv', 'export.csv'),
  exportAction('graphml', 'export.graphml'),
  exportAction('gexf', 'export.gexf'),
  {
    id: 'brief-print',
    labelKey: 'export.briefPrint',
    perform: (store) => store.getState().showBrief(true),
  },
  {
    id: 'brief-markdown',
    labelKey: 'export.briefMarkdown',
    perform: (store) =>
      void withFeatureText(import('../io/brief')).then((m) => m.copyBriefMarkdown(store)),
  },
];

/** Actions shown in the canvas toolbar, in order. */
export const CANVAS_ACTIONS: readonly Action[] = [
  fitAction,
  zoomInAction,
  zoomOutAction,
  rerunLayoutAction,
  resetViewAction,
];

/** Every action with keys, for the shortcut handler. */
export const KEYED_ACTIONS: readonly Action[] = [
  ...CANVAS_ACTIONS,
  clearSelectionAction,
  ...EDIT_ACTIONS,
].filter((a) => a.keys);
