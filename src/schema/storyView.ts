/**
 * What a saved view (the query of a link, as a story step keeps it) names: the selected node or
 * edge, a path's ends, the source open in the reader and the evidence it is on, and the sectors
 * and relations a filter lists. Shared by the checks of a file and the links' own reader.
 */

/** Lists in a view are comma-joined; ids may hold commas, so those (and %) are escaped. */
export const escapeItem = (id: string): string => id.replace(/%/g, '%25').replace(/,/g, '%2C');
export const unescapeItem = (s: string): string => s.replace(/%2C/gi, ',').replace(/%25/g, '%');
export const viewItems = (raw: string): string[] =>
  raw === '' ? [] : raw.split(',').map(unescapeItem);

/** Stands for "no sector" in a view's list of shown sectors. */
export const NO_SECTOR = '-';

export type ViewRefKind = 'element' | 'node' | 'edge' | 'sector' | 'relation' | 'source';

export interface ViewRef {
  readonly param: string;
  readonly kind: ViewRefKind;
  readonly id: string;
}

/** Every id a view names, with the parameter that names it and what it must be. */
export function viewRefs(view: string): ViewRef[] {
  const p = new URLSearchParams(view);
  const out: ViewRef[] = [];
  const add = (param: string, kind: ViewRefKind, id: string | undefined) => {
    if (id !== undefined && id !== '') out.push({ param, kind, id });
  };
  add('node', 'node', p.get('node') ?? undefined);
  add('edge', 'edge', p.get('edge') ?? undefined);
  const path = p.get('path');
  if (path !== null) for (const id of viewItems(path).slice(0, 2)) add('path', 'node', id);
  const read = p.get('read');
  if (read !== null) {
    const [source, edge] = viewItems(read);
    add('read', 'source', source);
    add('read', 'edge', edge);
  }
  const sectors = p.get('sectors');
  if (sectors !== null)
    for (const id of viewItems(sectors)) if (id !== NO_SECTOR) add('sectors', 'sector', id);
  const relations = p.get('relations');
  if (relations !== null) for (const id of viewItems(relations)) add('relations', 'relation', id);
  return out;
}
