import { existsIn, lifespanOf, asOfSpan } from '../../graph/dates';
import { formatDate } from '../../i18n/strings';
import { eventsFor } from '../../store/timeDerived';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import MeetingSummary from '../details/MeetingSummary';
import NodeLink from '../details/NodeLink';

/**
 * Meetings and every other dated node in date order, each meeting with who took part and what
 * it produced. A name selects its node on the canvas, the list staying open; events outside the
 * timeline's date are marked so.
 */
export default function EventsPanel() {
  const { t, n, lang } = useT();
  const graph = useApp((s) => s.graph);
  const asOf = useApp((s) => s.asOf);
  const selection = useApp((s) => s.selection);
  const events = eventsFor(graph);
  const span = asOf && asOfSpan(asOf);
  return (
    <section className="events-panel" aria-labelledby="events-heading">
      <h3 id="events-heading">{t('events.heading')}</h3>
      {events.length ? (
        <p className="hint">{t('events.count', { count: n(events.length) })}</p>
      ) : (
        <p className="hint">{t('events.none')}</p>
      )}
      <ol className="events">
        {events.map(({ node, date }) => {
          const life = lifespanOf(node);
          const then = !span || !life || existsIn(life, span);
          return (
            <li
              key={node.id}
              data-event={node.id}
              className={then ? undefined : 'not-then'}
              aria-current={
                selection?.kind === 'node' && selection.id === node.id ? 'true' : undefined
              }
            >
              <time dateTime={date}>{formatDate(lang, date)}</time>{' '}
              <NodeLink node={node} keepPanel />
              {node.type === 'meeting' ? <MeetingSummary meeting={node} /> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
