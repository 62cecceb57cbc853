import DateFields from './DateFields';
import { RENAME_FIELD } from '../../actions/editActions';
import { useId, useState, type FormEvent } from 'react';
import type { GraphEdge } from '../../graph/model';
import { problemMessage } from '../../i18n/problems';
import type { CapturedPassage } from '../../store/historySlice';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import NodeCombobox from '../NodeCombobox';
import EvidenceEditor from './EvidenceEditor';
import { PairInput, TextInput } from './Fields';
import { edgeCommand, edgeDraftOf, NEW_RELATION, type EdgeDraft } from './edgeDraft';

/**
 * Every field of a relationship, new or corrected in place: its ends, relation (or a new one,
 * bilingual), label, direction, weight, date, meeting and evidence. One step of the history.
 */
export default function EdgeForm({
  edge,
  ends,
  onDone,
}: {
  edge?: GraphEdge;
  ends?: { source?: string; target?: string; passage?: CapturedPassage };
  onDone?: (id: string) => void;
}) {
  const { t, loc } = useT();
  const id = useId();
  const store = useAppStore();
  const graph = useApp((s) => s.graph);
  const refused = useApp((s) => s.refused);
  const [draft, setDraft] = useState<EdgeDraft>(() =>
    edgeDraftOf(store.getState().graph, edge, ends),
  );
  const [missing, setMissing] = useState<string | null>(null);
  const set =
    <K extends keyof EdgeDraft>(key: K) =>
    (value: EdgeDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const save = (e: FormEvent) => {
    e.preventDefault();
    const made = edgeCommand(store.getState().graph, draft, edge);
    if ('missing' in made) return setMissing(t(made.missing));
    setMissing(null);
    if (!store.getState().perform(made.command)) return;
    const added = made.command.changes.find((c) => c.kind === 'edge');
    onDone?.(added?.id ?? '');
  };
  const name = (nodeId: string) => {
    const n = graph.nodeById.get(nodeId);
    return n ? loc(n.label) : undefined;
  };
  const meetings = graph.nodesByType.get('meeting') ?? [];
  return (
    <form className="edit-form" onSubmit={save} noValidate>
      <NodeCombobox
        label={t('edit.from')}
        placeholder={t('edit.chooseNode')}
        chosen={name(draft.source)}
        onChoose={set('source')}
      />
      <NodeCombobox
        label={t('edit.to')}
        placeholder={t('edit.chooseNode')}
        chosen={name(draft.target)}
        onChoose={set('target')}
      />
      <label htmlFor={`${id}-relation`}>{t('edit.relation')}</label>
      <select
        id={`${id}-relation`}
        value={draft.relation}
        onChange={(e) => set('relation')(e.target.value)}
      >
        {[...graph.relations.values()].map((r) => (
          <option key={r.id} value={r.id}>
            {loc(r.label)}
          </option>
        ))}
        <option value={NEW_RELATION}>{t('edit.newRelation')}</option>
      </select>
      {draft.relation === NEW_RELATION ? (
        <PairInput
          field="relations"
          labels={[t('edit.relationEn'), t('edit.relationHi')]}
          value={draft.newRelation}
          onChange={set('newRelation')}
          problems={refused.filter((p) => p.path?.startsWith('relations'))}
        />
      ) : null}
      <PairInput
        field="label"
        inputId={edge ? RENAME_FIELD : undefined}
        labels={[t('edit.edgeLabelEn'), t('edit.edgeLabelHi')]}
        value={draft.label}
        onChange={set('label')}
        problems={refused.filter((p) => p.path?.startsWith('edges'))}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={draft.directed}
          onChange={(e) => set('directed')(e.target.checked)}
        />
        {t('edit.directed')}
      </label>
      <TextInput
        field="weight"
        type="number"
        label={t('edit.weight')}
        value={draft.weight}
        onChange={set('weight')}
        problems={refused}
      />
      <DateFields
        value={draft}
        onChange={(f, v) => set(f)(v)}
        problems={refused.filter((p) => p.path?.startsWith('edges'))}
      />
      <label htmlFor={`${id}-meeting`}>{t('edit.meeting')}</label>
      <select
        id={`${id}-meeting`}
        value={draft.meeting}
        onChange={(e) => set('meeting')(e.target.value)}
      >
        <option value="">{t('edit.noMeeting')}</option>
        {meetings.map((m) => (
          <option key={m.id} value={m.id}>
            {loc(m.label)}
          </option>
        ))}
      </select>
      <EvidenceEditor
        kept={draft.kept}
        onKeep={set('kept')}
        draft={draft.quote}
        onDraft={set('quote')}
      />
      {missing ? (
        <p role="alert" className="field-problem">
          {missing}
        </p>
      ) : null}
      {refused.some(
        (p) =>
          p.path?.endsWith('.source') || p.path?.endsWith('.target') || p.code.startsWith('ref.'),
      ) ? (
        <RefusedLine />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">
          {edge ? t('edit.saveEdge') : t('edit.addEdge')}
        </button>
      </div>
    </form>
  );
}

/** What the checks refused of the relationship as a whole (an end that is no node). */
function RefusedLine() {
  const { t, lang } = useT();
  const refused = useApp((s) => s.refused);
  const reason = refused.map((p) => problemMessage(p, lang)).join('; ');
  return (
    <p role="alert" className="field-problem">
      {t('edit.refused', { reason })}
    </p>
  );
}
