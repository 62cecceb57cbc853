import { useId, useState } from 'react';
import { addSector } from '../../graph/edits';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { sectorColor } from '../../theme/palette';
import { localized, PairInput, type TextPair } from './Fields';

/**
 * The sectors a node is in, as checkboxes, and a new sector (bilingual, with its colour) made
 * on the spot: one step of the history, checked for the node at once.
 */
export default function SectorPicker({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (ids: readonly string[]) => void;
}) {
  const { t, loc } = useT();
  const id = useId();
  const store = useAppStore();
  const sectors = useApp((s) => s.graph.sectors);
  const refused = useApp((s) => s.refused);
  const [adding, setAdding] = useState(false);
  const [label, setLabel] = useState<TextPair>({ en: '', hi: '' });
  const [colour, setColour] = useState('#0f766e');
  const toggle = (sector: string, on: boolean) =>
    onChange(on ? [...value, sector] : value.filter((s) => s !== sector));
  const add = () => {
    const made = addSector(store.getState().graph, {
      label: localized(label) ?? { en: '', hi: '' },
      color: colour,
    });
    if (!store.getState().perform(made.command)) return;
    onChange([...value, made.id]);
    setAdding(false);
    setLabel({ en: '', hi: '' });
  };
  return (
    <fieldset className="sector-picker">
      <legend>{t('edit.sectors')}</legend>
      {[...sectors.values()].map((s, i) => (
        <label key={s.id} className="check">
          <input
            type="checkbox"
            checked={value.includes(s.id)}
            onChange={(e) => toggle(s.id, e.target.checked)}
          />
          <span
            className="swatch"
            style={{ background: sectorColor(s.color, i) }}
            aria-hidden="true"
          />
          {loc(s.label)}
        </label>
      ))}
      {adding ? (
        <div className="new-sector">
          <PairInput
            field="label"
            labels={[t('edit.sectorEn'), t('edit.sectorHi')]}
            value={label}
            onChange={setLabel}
            problems={refused.filter((p) => p.path?.startsWith('sectors'))}
          />
          <label htmlFor={`${id}-colour`}>{t('edit.sectorColour')}</label>
          <input
            id={`${id}-colour`}
            type="color"
            value={colour}
            onChange={(e) => setColour(e.target.value)}
          />
          <button type="button" onClick={add}>
            {t('edit.addSector')}
          </button>
        </div>
      ) : (
        <button type="button" className="link-button" onClick={() => setAdding(true)}>
          {t('edit.newSector')}
        </button>
      )}
    </fieldset>
  );
}
