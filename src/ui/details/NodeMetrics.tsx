import { ROLES } from '../../graph/analysis/brokerage';
import { METRICS } from '../../graph/analysis/metricNames';
import { shortNumber } from '../../store/describe';
import { nodeIndexFor, selectEstimated, selectMetrics, selectRoles } from '../../store/derived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';

/** A node's metrics and broker roles, as far as they are computed. */
export default function NodeMetrics({ id }: { id: string }) {
  const { t, lang, n } = useT();
  const graph = useApp((s) => s.graph);
  const metrics = useApp(selectMetrics);
  const roles = useApp(selectRoles);
  const estimated = useApp(selectEstimated);
  const i = nodeIndexFor(graph).get(id);
  if (i === undefined) return null;
  const text = (name: (typeof METRICS)[number], v: number) => {
    if (name === 'articulation') return t(v ? 'metrics.yes' : 'metrics.no');
    if (name === 'community') return n(v + 1);
    return Number.isFinite(v) ? shortNumber(lang, v) : '–';
  };
  return (
    <section className="node-metrics" aria-labelledby="node-metrics-heading">
      <h4 id="node-metrics-heading">{t('metrics.heading')}</h4>
      <dl className="facts">
        {METRICS.map((name) => {
          const v = metrics?.[name]?.[i];
          return v === undefined ? null : (
            <div key={name}>
              <dt>
                {estimated.includes(name)
                  ? t('metric.estimate', { name: t(`metric.${name}`) })
                  : t(`metric.${name}`)}
              </dt>
              <dd>{text(name, v)}</dd>
            </div>
          );
        })}
        {roles
          ? ROLES.map((r) => (
              <div key={r}>
                <dt>{t(`role.${r}`)}</dt>
                <dd>{n(roles[r][i] ?? 0)}</dd>
              </div>
            ))
          : null}
      </dl>
    </section>
  );
}
