import { assessmentsOf, gridPlaceOf, quadrantOf } from '../../graph/assessments';
import { asOfDay } from '../../graph/dates';
import type { GraphNode } from '../../graph/model';
import { formatDate } from '../../i18n/strings';
import { shortNumber } from '../../store/describe';
import { nodeIndexFor, selectMetrics } from '../../store/derived';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import { AssessmentEditor } from '../edit/lazyEditing';

/**
 * Where a stakeholder stands on the power–interest grid: each dated assessment (the one valid
 * at the timeline's date marked), its quadrant, its target, and what the metrics hint about its
 * influence (a hint only: nothing is recorded from them). Shown once a node has an assessment,
 * on the grid, or while editing.
 */
export default function NodeAssessments({ node }: { node: GraphNode }) {
  const { t, n, lang } = useT();
  const editing = useApp((s) => s.editing);
  const layout = useApp((s) => s.layout);
  const asOf = useApp((s) => s.asOf);
  const graph = useApp((s) => s.graph);
  const metrics = useApp(selectMetrics);
  const list = assessmentsOf(node);
  const attributePlace = list.length ? undefined : gridPlaceOf(node);
  if (!list.length && !node.target && !attributePlace && !editing && layout !== 'powerinterest')
    return null;
  const day = asOfDay(asOf);
  const now = gridPlaceOf(node, day);
  const i = nodeIndexFor(graph).get(node.id) ?? -1;
  const hint = (name: 'betweenness' | 'pagerank') => {
    const v = metrics?.[name]?.[i];
    return v === undefined ? '–' : shortNumber(lang, v);
  };
  const words = (p: { influence: number; interest: number; stance: string }) =>
    t('assess.entry', {
      influence: n(p.influence),
      interest: n(p.interest),
      stance: t(
        `stance.${p.stance === 'supportive' || p.stance === 'neutral' || p.stance === 'opposed' ? p.stance : 'unknown'}`,
      ),
    });
  return (
    <section className="node-assessments" aria-labelledby="assess-heading">
      <h4 id="assess-heading">{t('assess.heading')}</h4>
      {now ? <p>{t('assess.quadrant', { quadrant: t(`grid.${quadrantOf(now)}`) })}</p> : null}
      {list.length ? (
        <ol className="assessments">
          {list.map((a) => (
            <li key={a.date} aria-current={now?.date === a.date ? 'true' : undefined}>
              <time dateTime={a.date}>{formatDate(lang, a.date)}</time>: {words(a)}
              {a.note ? <span className="hint"> — {a.note}</span> : null}
            </li>
          ))}
        </ol>
      ) : attributePlace ? (
        <p>{words(attributePlace)}</p>
      ) : (
        <p className="hint">{t('assess.none')}</p>
      )}
      {node.target ? (
        <p>
          {t('assess.target', {
            influence: n(node.target.influence),
            interest: n(node.target.interest),
          })}
        </p>
      ) : null}
      <p className="hint">
        {t('assess.metricHint', { betweenness: hint('betweenness'), pagerank: hint('pagerank') })}
      </p>
      {editing ? <AssessmentEditor key={node.id} node={node} /> : null}
    </section>
  );
}
