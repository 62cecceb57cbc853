import { useMemo, useState } from 'react';
import { legendOf } from '../store/describe';
import { selectAppearance } from '../store/derived';
import { useT } from '../store/useT';
import { useApp, useAppStore } from '../store/store';
import LegendSwatch from './LegendSwatch';
import { PHONE, useMediaQuery } from './useMediaQuery';

/** Shapes, fills and sizes as drawn, what the paths and filters show: the same as exports carry. */
export default function Legend() {
  const { t, lang } = useT();
  const store = useAppStore();
  const graph = useApp((s) => s.graph);
  const look = useApp(selectAppearance);
  const pathQuery = useApp((s) => s.pathQuery);
  const filters = useApp((s) => s.filters);
  const focusOnly = useApp((s) => s.focusOnly);
  const layout = useApp((s) => s.layout);
  const asOf = useApp((s) => s.asOf);
  const legend = useMemo(
    () => legendOf(store.getState()),
    // The legend follows these; the store is read for it at once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, graph, look, pathQuery, filters, focusOnly, lang, layout, asOf],
  );
  // A phone opens with the graph's whole height; the legend is one tap away.
  const phone = useMediaQuery(PHONE);
  const [open, setOpen] = useState(!phone);
  return (
    <details className="legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('legend.heading')}</summary>
      {legend.sections.map((section) => (
        <div key={section.heading} className="legend-section">
          <p className="legend-caption">{section.heading}</p>
          <ul>
            {section.items.map((item) => (
              <li key={item.text}>
                <LegendSwatch shape={item.shape} colour={item.colour} />
                {item.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="legend-notes">
        {legend.notes.map((note) => (
          <p key={note} className="legend-caption">
            {note}
          </p>
        ))}
      </div>
    </details>
  );
}
