import type { Range } from '../graph/analysis/view';
import { NO_SECTOR, type Filters } from '../graph/filters';
import { INITIAL_VIEW } from '../graph/view';
import { NODE_TYPES, type NodeType } from '../schema/graphFile';
import type { SliceCreator } from './types';

export type FilterGroup = 'sectors' | 'types' | 'relations' | 'isolated';

export interface FiltersSlice {
  readonly filters: Filters;
  toggleSector: (id: string) => void;
  setAllSectors: (shown: boolean) => void;
  toggleType: (type: NodeType) => void;
  setAllTypes: (shown: boolean) => void;
  toggleRelation: (id: string) => void;
  setAllRelations: (shown: boolean) => void;
  setHideIsolated: (hide: boolean) => void;
  clearFilterGroup: (group: FilterGroup) => void;
  /** Keeps only nodes whose measure (by token) lies in the range; null drops the range. */
  setRange: (token: string, range: Range | null) => void;
  /** Switches one value of a category attribute off or on. */
  toggleValue: (key: string, value: string) => void;
  /** Shows every value of a category attribute again. */
  clearValues: (key: string) => void;
  /** Hides exactly these values of a category attribute. */
  setHiddenValues: (key: string, values: ReadonlySet<string>) => void;
  clearFilters: () => void;
  /** Every filter off and focus mode too: all the graph is shown again. */
  clearAllFilters: () => void;
  setFilters: (filters: Filters) => void;
}

function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
}

/** The filters a graph opens with: nothing hidden. */
export const initialFilters = { filters: INITIAL_VIEW.filters } as const;

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set, get) => {
  const update = (patch: Partial<Filters>) => set({ filters: { ...get().filters, ...patch } });
  return {
    ...initialFilters,
    toggleSector: (id) => update({ hiddenSectors: toggled(get().filters.hiddenSectors, id) }),
    setAllSectors: (shown) =>
      update({
        hiddenSectors: shown ? new Set() : new Set([...get().graph.sectors.keys(), NO_SECTOR]),
      }),
    toggleType: (type) => update({ hiddenTypes: toggled(get().filters.hiddenTypes, type) }),
    setAllTypes: (shown) => update({ hiddenTypes: shown ? new Set() : new Set(NODE_TYPES) }),
    toggleRelation: (id) => update({ hiddenRelations: toggled(get().filters.hiddenRelations, id) }),
    setAllRelations: (shown) =>
      update({ hiddenRelations: shown ? new Set() : new Set(get().graph.relations.keys()) }),
    setHideIsolated: (hide) => update({ hideIsolated: hide }),
    clearFilterGroup: (group) => {
      if (group === 'sectors') update({ hiddenSectors: new Set() });
      else if (group === 'types') update({ hiddenTypes: new Set() });
      else if (group === 'relations') update({ hiddenRelations: new Set() });
      else update({ hideIsolated: false });
    },
    setRange: (token, range) => {
      const ranges = new Map(get().filters.ranges);
      if (range) ranges.set(token, range);
      else ranges.delete(token);
      update({ ranges });
    },
    toggleValue: (key, value) => {
      const hiddenValues = new Map(get().filters.hiddenValues);
      const next = toggled(hiddenValues.get(key) ?? new Set<string>(), value);
      if (next.size) hiddenValues.set(key, next);
      else hiddenValues.delete(key);
      update({ hiddenValues });
    },
    clearValues: (key) => get().setHiddenValues(key, new Set()),
    setHiddenValues: (key, values) => {
      const hiddenValues = new Map(get().filters.hiddenValues);
      if (values.size) hiddenValues.set(key, values);
      else hiddenValues.delete(key);
      update({ hiddenValues });
    },
    clearFilters: () => set(initialFilters),
    clearAllFilters: () => set({ ...initialFilters, focusOnly: false }),
    setFilters: (filters) => set({ filters }),
  };
};
