import type { ImportFormat } from './types';

/** Each format's own name, the same in every interface language. */
export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  'stakeholder-graph': 'Stakeholder Graph JSON',
  'cytoscape-json': 'Cytoscape JSON',
  csv: 'CSV',
  graphml: 'GraphML',
};
