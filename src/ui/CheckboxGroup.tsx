import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

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
  readonly allLabel: string;
  readonly noneLabel: string;
}

/** A fieldset of checkboxes with counts and "all"/"none" buttons; checked means shown. */
export default function CheckboxGroup({
  legend,
  items,
  isHidden,
  onToggle,
  onAll,
  allLabel,
  noneLabel,
}: Props) {
  const { t, n } = useT();
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      <div className="group-buttons">
        <button type="button" aria-label={allLabel} onClick={() => onAll(true)}>
          {t('filters.all')}
        </button>
        <button type="button" aria-label={noneLabel} onClick={() => onAll(false)}>
          {t('filters.none')}
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
