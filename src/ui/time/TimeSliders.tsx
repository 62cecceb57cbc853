import { useId, useState, type ReactNode } from 'react';
import type { Timeline } from '../../graph/timeline';
import { formatDate } from '../../i18n/strings';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import Toggle from '../Toggle';

/**
 * A slider for the date the view is set to, or two for a stretch of time. Moving one sets the
 * view to that date (it shows every date until then); each thumb says its date in words.
 */
export default function TimeSliders({
  timeline,
  histogram,
}: {
  timeline: Timeline;
  /** Drawn over the sliders' track, each bar above the place its thumb takes for that step. */
  histogram: ReactNode;
}) {
  const { t, lang } = useT();
  const id = useId();
  const asOf = useApp((s) => s.asOf);
  const setAsOf = useApp((s) => s.setAsOf);
  const { steps } = timeline;
  const lastIndex = steps.length - 1;
  const from = asOf ? Math.max(0, steps.indexOf(asOf.from)) : lastIndex;
  const to = asOf ? Math.max(0, steps.indexOf(asOf.to)) : lastIndex;
  const [range, setRange] = useState(asOf !== null && asOf.from !== asOf.to);
  const step = (i: number) => steps[Math.min(Math.max(i, 0), lastIndex)] ?? '';
  const slider = (label: string, value: number, set: (i: number) => void, key: string) => (
    <div className="timeline-slider" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="range"
        min={0}
        max={lastIndex}
        step={1}
        value={value}
        aria-valuetext={formatDate(lang, step(value))}
        onChange={(e) => set(Number(e.target.value))}
      />
      <span aria-hidden="true">{formatDate(lang, step(value))}</span>
    </div>
  );
  return (
    <div className="timeline-sliders">
      <div className="timeline-track">{histogram}</div>
      {range
        ? [
            slider(
              t('time.sliderFrom'),
              from,
              (i) => setAsOf({ from: step(i), to: step(Math.max(i, to)) }),
              'from',
            ),
            slider(
              t('time.sliderTo'),
              to,
              (i) => setAsOf({ from: step(Math.min(i, from)), to: step(i) }),
              'to',
            ),
          ]
        : slider(t('time.slider'), to, (i) => setAsOf({ from: step(i), to: step(i) }), 'at')}
      <Toggle
        checked={range}
        onChange={(on) => {
          setRange(on);
          // One date again: the stretch's end.
          if (!on && asOf) setAsOf({ from: asOf.to, to: asOf.to });
          if (on && asOf) setAsOf({ from: step(0), to: asOf.to });
        }}
        label={t('time.range')}
      />
    </div>
  );
}
