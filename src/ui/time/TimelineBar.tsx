import { useEffect, useState } from 'react';
import { startTimePlayer } from '../../io/timePlayer';
import { asOfWords } from './asOfWords';
import { useApp, useAppStore } from '../../store/store';
import { timelineFor } from '../../store/timeDerived';
import { useT } from '../../store/useT';
import TimeHistogram from './TimeHistogram';
import TimeOptions from './TimeOptions';
import TimeSliders from './TimeSliders';
import Toggle from '../Toggle';
import { PHONE, useMediaQuery } from '../useMediaQuery';

/**
 * The timeline under the canvas: what begins when, a slider for a date or a stretch of time,
 * Play, and what the view does with what was not there then. A graph without dates gets the
 * reason instead.
 */
export default function TimelineBar() {
  const { t, n, lang } = useT();
  const store = useAppStore();
  useEffect(() => startTimePlayer(store), [store]);
  const graph = useApp((s) => s.graph);
  const asOf = useApp((s) => s.asOf);
  const setAsOf = useApp((s) => s.setAsOf);
  const playing = useApp((s) => s.timePlaying);
  const setPlaying = useApp((s) => s.setTimePlaying);
  const timeline = timelineFor(graph);
  const phone = useMediaQuery(PHONE);
  const [open, setOpen] = useState(!phone);
  const last = timeline.steps.at(-1);
  const said = asOfWords({ t, lang }, asOf);
  return (
    <section className="timeline" aria-labelledby="timeline-heading" data-testid="timeline">
      <div className="timeline-head">
        <h2 id="timeline-heading">{t('time.heading')}</h2>
        {last === undefined ? null : (
          <>
            <Toggle
              checked={asOf !== null}
              onChange={(on) => setAsOf(on ? { from: last, to: last } : null)}
              label={t('time.on')}
            />
            <button
              type="button"
              aria-pressed={playing}
              title={t(timeline.precision === 'month' ? 'time.playMonths' : 'time.playYears')}
              onClick={() => setPlaying(!playing)}
            >
              {t(playing ? 'time.pause' : 'time.play')}
            </button>
            <output className="timeline-now" aria-live="polite" data-testid="timeline-now">
              {said}
            </output>
          </>
        )}
      </div>
      {last === undefined ? (
        <p className="hint">{t('time.none')}</p>
      ) : (
        <>
          <TimeSliders timeline={timeline} histogram={<TimeHistogram timeline={timeline} />} />
          {/* On a phone the options fold away: the graph keeps the screen. */}
          <details
            className="timeline-more"
            open={open}
            onToggle={(e) => setOpen(e.currentTarget.open)}
          >
            <summary>{t('time.more')}</summary>
            <TimeOptions />
            <p className="hint">
              {t('time.summary', { dated: n(timeline.dated), undated: n(timeline.undated) })}
            </p>
          </details>
        </>
      )}
    </section>
  );
}
