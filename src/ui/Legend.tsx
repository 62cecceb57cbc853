import { NODE_TYPES } from '../schema/graphFile';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import TypeIcon from './TypeIcon';

/** Shapes and fills of the node types present, drawn from the canvas palette. */
export default function Legend() {
  const { t } = useT();
  const byType = useApp((s) => s.graph.nodesByType);
  return (
    <details className="legend" open>
      <summary>{t('legend.heading')}</summary>
      <p className="legend-caption">{t('legend.types')}</p>
      <ul>
        {NODE_TYPES.filter((type) => byType.has(type)).map((type) => (
          <li key={type}>
            <TypeIcon type={type} />
            {t(`type.${type}`)}
          </li>
        ))}
      </ul>
      <p className="legend-caption">{t('legend.sectorRing')}</p>
      <p className="legend-caption">{t('legend.meetingHint')}</p>
    </details>
  );
}
