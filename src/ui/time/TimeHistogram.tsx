import type { Timeline } from '../../graph/timeline';
import { formatDate } from '../../i18n/strings';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';

const HEIGHT = 36;

/**
 * Bars of what begins in each month or year, the span the view is set to marked; a click on a
 * bar sets the view to it. The counts are also said in words (the bars' titles and the summary
 * below the bar), so nothing here is only visual.
 */
export default function TimeHistogram({ timeline }: { timeline: Timeline }) {
  const { t, n, lang } = useT();
  const asOf = useApp((s) => s.asOf);
  const setAsOf = useApp((s) => s.setAsOf);
  const { steps, begins } = timeline;
  const most = Math.max(1, ...begins);
  const from = asOf ? steps.indexOf(asOf.from) : -1;
  const to = asOf ? steps.indexOf(asOf.to) : -1;
  const caption = t(timeline.precision === 'month' ? 'time.beginsMonth' : 'time.beginsYear');
  return (
    <figure className="timeline-histogram">
      <svg
        // Step i at x = i, as the slider puts its thumb: the end bars reach half a step past.
        viewBox={`0 0 ${Math.max(1, steps.length - 1)} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={caption}
      >
        {steps.map((date, i) => {
          const h = ((begins[i] ?? 0) / most) * (HEIGHT - 2);
          const inView = asOf !== null && i >= from && i <= to;
          return (
            <rect
              key={date}
              x={i - 0.4}
              width={0.8}
              y={HEIGHT - Math.max(h, 1)}
              height={Math.max(h, 1)}
              className={inView ? 'bar in-view' : 'bar'}
              onClick={() => setAsOf({ from: date, to: date })}
            >
              <title>
                {t('time.bar', { date: formatDate(lang, date), count: n(begins[i] ?? 0) })}
              </title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="sr-only">{caption}</figcaption>
    </figure>
  );
}
