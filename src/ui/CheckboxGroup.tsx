import type { ReactNode } from 'react';
import { useT } from '../store/useT';

export interface CheckboxItem {
  readonly id: string;
  readonly label: string;
  readonly count?: number;
  readonly swatch?: ReactNode;
}

interface Props {
  readonly legend: string;
  readonly items: readonly CheckboxItem[];
  readonly isHidden: (id: string) => boolean;
  readonly onToggle: (id: string) => void;
  readonly onAll: (shown: boolean) => void;
}

/** A fieldset of checkboxes with counts and "all"/"none" buttons; checked means shown. */
export default function CheckboxGroup({ legend, items, isHidden, onToggle, onAll }: Props) {
  const { t, n } = useT();
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      <div className="group-buttons">
        {/* The visible word starts the accessible name; the group name makes it unique. */}
        <button type="button" onClick={() => onAll(true)}>
          {t('filters.all')}
          <span className="sr-only"> {legend}</span>
        </button>
        <button type="button" onClick={() => onAll(false)}>
          {t('filters.none')}
          <span className="sr-only"> {legend}</span>
        </button>
      </div>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={!isHidden(item.id)}
                onChange={() => onToggle(item.id)}
              />
              {item.swatch}
              <span className="item-label">{item.label}</span>
              {item.count !== undefined ? <span className="count">{n(item.count)}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
