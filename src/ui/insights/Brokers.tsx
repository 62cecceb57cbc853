import { useState } from 'react';
import { ROLES } from '../../graph/analysis/brokerage';
import { selectMetrics, selectRoleGroup, selectRoles } from '../../store/derived';
import type { GroupBy } from '../../graph/analysis/view';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import GroupChoice from '../controls/GroupChoice';
import ShowMore from '../ShowMore';
import NodeLink from '../details/NodeLink';

const PAGE = 10;

/** A grouping's name as the choice lists it. */
function groupName(t: ReturnType<typeof useT>['t'], by: GroupBy): string {
  if (by.kind === 'category') return by.key;
  if (by.kind === 'community') return t('metric.community');
  return t(by.kind === 'type' ? 'roles.type' : 'roles.sector');
}

/** The nodes with the highest betweenness, with the broker roles they play. */
export default function Brokers() {
  const { t, n } = useT();
  const graph = useApp((s) => s.graph);
  const metrics = useApp(selectMetrics);
  const roles = useApp(selectRoles);
  const chosen = useApp((s) => s.roleGroup);
  const roleGroup = useApp(selectRoleGroup);
  const groupRolesBy = useApp((s) => s.groupRolesBy);
  const [shown, setShown] = useState(PAGE);
  const betweenness = metrics?.betweenness;
  const ranked = betweenness
    ? graph.nodes
        .map((node, i) => ({ node, i, value: betweenness[i] ?? 0 }))
        .filter((r) => r.value > 0)
        .sort((a, b) => b.value - a.value || a.i - b.i)
    : null;
  return (
    <section aria-labelledby="brokers-heading">
      <h3 id="brokers-heading">{t('insights.brokers')}</h3>
      <p className="hint">{t('insights.brokersHint')}</p>
      <p className="group-choice">
        <GroupChoice label={t('roles.groupBy')} value={roleGroup} onChange={groupRolesBy} />
      </p>
      {chosen === null ? (
        <p className="hint" data-testid="roles-auto">
          {t('roles.auto', { name: groupName(t, roleGroup) })}
        </p>
      ) : null}
      {!ranked ? <p role="status">{t('insights.computing')}</p> : null}
      {ranked && !ranked.length ? <p>{t('insights.noBrokers')}</p> : null}
      <ol className="insight-list">
        {ranked?.slice(0, shown).map(({ node, i, value }) => (
          <li key={node.id}>
            <NodeLink node={node} />{' '}
            <span className="insight-value">
              {t('insights.broker', { value: value.toFixed(3) })}
            </span>
            {roles ? (
              <p className="insight-sub">
                {ROLES.filter((r) => (roles[r][i] ?? 0) > 0)
                  .map((r) => `${t(`role.${r}`)} ${n(roles[r][i] ?? 0)}`)
                  .join(' · ')}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <ShowMore shown={shown} total={ranked?.length ?? 0} page={PAGE} onMore={setShown} />
    </section>
  );
}
