import { useMemo, useState } from 'react';
import { cutOffBy } from '../../graph/analysis/insights';
import { selectMetrics } from '../../store/derived';
import { selectAnalysisCompact, selectAnalysisNeighbours } from '../../store/timeDerived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import NodeLink from '../details/NodeLink';
import ShowMore from '../ShowMore';

const PAGE = 10;
/** Names listed for what a cut vertex would cut off. */
const NAMES = 8;

/** Cut vertices, most between first, and who each would cut off. */
export default function CutVertices() {
  const { t, n } = useT();
  const graph = useApp((s) => s.graph);
  const scoped = useApp(selectAnalysisCompact).graph;
  const neighbours = useApp(selectAnalysisNeighbours);
  const metrics = useApp(selectMetrics);
  const [shown, setShown] = useState(PAGE);
  const cut = metrics?.articulation;
  const betweenness = metrics?.betweenness ?? metrics?.degree;
  const ranked = useMemo(() => {
    if (!cut) return null;
    const list: number[] = [];
    cut.forEach((c, i) => c && list.push(i));
    return list.sort((a, b) => (betweenness?.[b] ?? 0) - (betweenness?.[a] ?? 0) || a - b);
  }, [cut, betweenness]);
  // Who each shown cut vertex would cut off: one search per shown entry.
  const cutOff = useMemo(
    () => ranked?.slice(0, shown).map((i) => ({ i, off: cutOffBy(scoped, neighbours, i) })),
    [scoped, neighbours, ranked, shown],
  );
  return (
    <section aria-labelledby="cut-heading">
      <h3 id="cut-heading">{t('insights.cut')}</h3>
      <p className="hint">{t('insights.cutHint')}</p>
      {!cutOff ? <p role="status">{t('insights.computing')}</p> : null}
      {cutOff && !cutOff.length ? <p>{t('insights.noCut')}</p> : null}
      <ol className="insight-list">
        {cutOff?.map(({ i, off }) => {
          const node = graph.nodes[i];
          if (!node) return null;
          return (
            <li key={node.id}>
              <NodeLink node={node} />
              <p className="insight-sub">
                {off.length === 1
                  ? t('insights.cutOffOne')
                  : t('insights.cutOff', { count: n(off.length) })}
              </p>
              <ul className="cut-off">
                {off.slice(0, NAMES).map((j) => {
                  const other = graph.nodes[j];
                  return other ? (
                    <li key={other.id}>
                      <NodeLink node={other} />
                    </li>
                  ) : null;
                })}
                {off.length > NAMES ? (
                  <li>{t('insights.andMore', { count: n(off.length - NAMES) })}</li>
                ) : null}
              </ul>
            </li>
          );
        })}
      </ol>
      <ShowMore shown={shown} total={ranked?.length ?? 0} page={PAGE} onMore={setShown} />
    </section>
  );
}
