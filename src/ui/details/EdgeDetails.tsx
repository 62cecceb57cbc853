import type { GraphEdge } from '../../graph/model';
import { useT } from '../../store/useT';
import { selectShown } from '../../store/derived';
import { useApp } from '../../store/store';
import Attributes from './Attributes';
import BundlePager from './BundlePager';
import DateFacts from './DateFacts';
import Evidence from './Evidence';
import Names from './Names';
import NodeLink from './NodeLink';
import { EdgeEditor } from '../edit/lazyEditing';

/** A relationship: its type, both ends, its context and note, and its evidence. */
export default function EdgeDetails({ edge }: { edge: GraphEdge }) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const hidden = !useApp(selectShown).edges.has(edge.id);
  const editing = useApp((s) => s.editing);
  const from = graph.nodeById.get(edge.source);
  const to = graph.nodeById.get(edge.target);
  const relation = graph.relations.get(edge.relation);
  const meeting = edge.meeting ? graph.nodeById.get(edge.meeting) : undefined;
  return (
    <article className="edge-details-panel" aria-labelledby="details-title">
      <Names label={edge.label} id="details-title" />
      {editing ? <EdgeEditor key={edge.id} edge={edge} /> : null}
      {hidden ? <p className="hint">{t('details.hiddenByFilters')}</p> : null}
      <BundlePager edgeId={edge.id} />
      <dl className="facts">
        <div>
          <dt>{t('details.relationship')}</dt>
          <dd>{relation ? loc(relation.label) : edge.relation}</dd>
        </div>
        <div>
          <dt>{t('details.from')}</dt>
          <dd>{from ? <NodeLink node={from} /> : edge.source}</dd>
        </div>
        <div>
          <dt>{t('details.to')}</dt>
          <dd>{to ? <NodeLink node={to} /> : edge.target}</dd>
        </div>
        {meeting ? (
          <div>
            <dt>{t('details.inMeeting')}</dt>
            <dd>
              <NodeLink node={meeting} />
            </dd>
          </div>
        ) : null}
        <DateFacts item={edge} />
      </dl>
      {edge.description ? (
        <p className="description">
          <strong>{t('details.note')}: </strong>
          {loc(edge.description)}
        </p>
      ) : null}
      <Attributes attributes={edge.attributes} />
      <Evidence edge={edge} />
    </article>
  );
}
