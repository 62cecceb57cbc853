import { addMessages } from './strings';

// One fetch at a time; a failed one is forgotten, so the next feature opened tries again.
let loading: Promise<void> | undefined;

/**
 * Fetches the English of the features' panels and forms (the page's first picture needs none
 * of it), once. Hindi has it already: its table is fetched whole.
 */
export function loadFeatureText(): Promise<void> {
  loading ??= import('./featureStrings').then(
    ({ FEATURES_EN }) => addMessages('en', FEATURES_EN),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** A feature's code, ready once its text is here too: what it shows is never blank. */
export function withFeatureText<T>(code: Promise<T>): Promise<T> {
  return Promise.all([code, loadFeatureText()]).then(([module]) => module);
}
