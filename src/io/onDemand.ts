import type { AppStore } from '../store/store';
import type { ExportKind } from './exportView';
import { withFeatureText } from '../i18n/featureText';

// Reading and writing files are fetched when first used, not before the first picture: most
// visits only look. Same calls as the modules' own.

/** Loads files the user chose or dropped; see importData.ts. */
export const importUserFiles = (store: AppStore, files: readonly File[]): Promise<void> =>
  withFeatureText(import('./importData')).then((m) => m.importUserFiles(store, files));

/** Saves what is shown in a format; see exportView.ts. */
export const exportView = (store: AppStore, kind: ExportKind): Promise<void> =>
  withFeatureText(import('./exportView')).then((m) => m.exportView(store, kind));
