import { useMemo } from 'react';
import { NO_SECTOR } from '../graph/filters';
import { useT } from '../store/useT';
import { selectSectorCounts } from '../store/derived';
import { useApp } from '../store/store';
import { NO_SECTOR_COLOR, sectorColor } from '../theme/palette';
import CheckboxGroup from './CheckboxGroup';

const Swatch = ({ color }: { color: string }) => (
  <span className="swatch ring" style={{ borderColor: color }} aria-hidden="true" />
);

/**
 * Sector checkboxes with node counts, in the data file's order, plus "no sector". A sector no
 * node of the graph has is not offered (unless it is hidden, so it can be shown again).
 */
export default function SectorFilter() {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const sectors = graph.sectors;
  const unsectored = useMemo(() => graph.nodes.some((n) => n.sectors.length === 0), [graph]);
  const hidden = useApp((s) => s.filters.hiddenSectors);
  const counts = useApp(selectSectorCounts);
  const toggleSector = useApp((s) => s.toggleSector);
  const setAllSectors = useApp((s) => s.setAllSectors);
  const items = [
    ...[...sectors.values()].map((s, i) => ({
      id: s.id,
      label: loc(s.label),
      count: counts.get(s.id) ?? 0,
      swatch: <Swatch color={sectorColor(s.color, i)} />,
    })),
    {
      id: NO_SECTOR,
      label: t('filters.noSector'),
      count: counts.get(NO_SECTOR) ?? 0,
      swatch: <Swatch color={NO_SECTOR_COLOR} />,
    },
  ].filter(
    (item) =>
      hidden.has(item.id) ||
      (item.id === NO_SECTOR ? unsectored : Boolean(graph.nodesBySector.get(item.id)?.length)),
  );
  if (items.length === 0) return null;
  return (
    <CheckboxGroup
      legend={t('filters.sectors')}
      items={items}
      isHidden={(id) => hidden.has(id)}
      onToggle={toggleSector}
      onAll={setAllSectors}
    />
  );
}
