import type { GraphNode } from '../../graph/model';
import { useT } from '../../store/useT';
import { selectShown } from '../../store/derived';
import { useApp } from '../../store/store';
import { sectorColor } from '../../theme/palette';
import Attributes from './Attributes';
import ConnectionList from './ConnectionList';
import DateFacts from './DateFacts';
import MeetingSummary from './MeetingSummary';
import Names from './Names';
import NodeLink from './NodeLink';
import NodeMetrics from './NodeMetrics';
import NodeAssessments from './NodeAssessments';
import ExternalLink from './ExternalLink';
import { NodeEditor } from '../edit/lazyEditing';

/** Everything known about a node, its meeting summary if it is one, and its connections. */
export default function NodeDetails({ node }: { node: GraphNode }) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const showPanel = useApp((s) => s.showPanel);
  const editing = useApp((s) => s.editing);
  const hidden = !useApp(selectShown).nodes.has(node.id);
  const organisation = node.organisation ? graph.nodeById.get(node.organisation) : undefined;
  const sectorIndex = [...graph.sectors.keys()];
  return (
    <article className="node-details" aria-labelledby="details-title">
      <Names label={node.label} id="details-title" />
      {editing ? <NodeEditor key={`edit-${node.id}`} node={node} /> : null}
      {hidden ? <p className="hint">{t('details.hiddenByFilters')}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('details.type')}</dt>
          <dd>{t(`type.${node.type}`)}</dd>
        </div>
        {node.role ? (
          <div>
            <dt>{t('details.role')}</dt>
            <dd>{loc(node.role)}</dd>
          </div>
        ) : null}
        {organisation ? (
          <div>
            <dt>{t('details.organisation')}</dt>
            <dd>
              <NodeLink node={organisation} />
            </dd>
          </div>
        ) : null}
        {node.sectors.length ? (
          <div>
            <dt>{t('details.sectors')}</dt>
            <dd>
              <ul className="inline-list">
                {node.sectors.map((id) => {
                  const s = graph.sectors.get(id);
                  return (
                    <li
                      key={id}
                      className="sector-tag"
                      style={{ borderColor: sectorColor(s?.color, sectorIndex.indexOf(id)) }}
                    >
                      {s ? loc(s.label) : id}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        ) : null}
        <DateFacts item={node} />
        {node.aliases?.length ? (
          <div>
            <dt>{t('details.aliases')}</dt>
            <dd>{node.aliases.join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      <button type="button" className="find-paths" onClick={() => showPanel('paths')}>
        {t('paths.findFrom')}
      </button>
      {node.description ? <p className="description">{loc(node.description)}</p> : null}
      {node.links?.length ? (
        <ul className="links" aria-label={t('details.links')}>
          {node.links.map((l) => (
            <li key={l.url}>
              <ExternalLink url={l.url} {...(l.label ? { label: loc(l.label) } : {})} />
            </li>
          ))}
        </ul>
      ) : null}
      <Attributes attributes={node.attributes} />
      {node.type === 'meeting' ? <MeetingSummary meeting={node} /> : null}
      <ConnectionList key={node.id} node={node} />
      <NodeMetrics id={node.id} />
      <NodeAssessments node={node} />
    </article>
  );
}
