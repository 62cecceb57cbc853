import type { ColourBy } from '../../graph/analysis/view';
import type { Translator } from '../../store/useT';

/** What a measure or colouring is called in the interface: a metric's name, else the key. */
export function measureName(t: Translator['t'], by: ColourBy): string {
  switch (by.kind) {
    case 'metric':
      return t(`metric.${by.name}`);
    case 'community':
      return t('metric.community');
    case 'sector':
      return t('look.sector');
    default:
      return by.key;
  }
}
