import { useId, useState, type FormEvent } from 'react';
import { assess, deleteAssessment, setTarget } from '../../graph/assessmentEdits';
import { assessmentsOf, gridPlaceOf } from '../../graph/assessments';
import type { GraphNode } from '../../graph/model';
import { formatDate } from '../../i18n/strings';
import { STANCES, type Stance } from '../../schema/graphFile';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import LabelledSelect from '../controls/LabelledSelect';
import { TextInput } from './Fields';

const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * Records an assessment of a node (date, influence, interest, stance, note), deletes one, and
 * sets or clears its target. Each is one step of the history; a refused one says why.
 */
export default function AssessmentEditor({ node }: { node: GraphNode }) {
  const { t, n, lang } = useT();
  const id = useId();
  const store = useAppStore();
  const refused = useApp((s) => s.refused);
  const asOf = useApp((s) => s.asOf);
  const latest = gridPlaceOf(node);
  const [date, setDate] = useState(asOf?.to ?? new Date().toISOString().slice(0, 10));
  const [influence, setInfluence] = useState(latest?.influence ?? 3);
  const [interest, setInterest] = useState(latest?.interest ?? 3);
  const [stance, setStance] = useState<Stance>(latest?.stance ?? 'unknown');
  const [note, setNote] = useState('');
  const perform = (c: ReturnType<typeof assess>) => (c ? store.getState().perform(c) : false);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const graph = store.getState().graph;
    const trimmed = note.trim();
    perform(
      assess(graph, node.id, {
        date: date.trim(),
        influence,
        interest,
        stance,
        ...(trimmed ? { note: trimmed } : {}),
      }),
    );
  };
  const scale = (label: string, value: number, set: (v: number) => void) => (
    <LabelledSelect label={label} value={String(value)} onChange={(v) => set(Number(v))}>
      {SCALE.map((v) => (
        <option key={v} value={v}>
          {n(v)}
        </option>
      ))}
    </LabelledSelect>
  );
  return (
    <form
      className="edit-form assessment-form"
      onSubmit={save}
      noValidate
      aria-labelledby={`${id}-h`}
    >
      <h5 id={`${id}-h`}>{t('assess.add')}</h5>
      <TextInput
        field="date"
        label={t('assess.date')}
        value={date}
        onChange={setDate}
        problems={refused}
      />
      {scale(t('assess.influence'), influence, setInfluence)}
      {scale(t('assess.interest'), interest, setInterest)}
      <LabelledSelect
        label={t('stance.label')}
        value={stance}
        onChange={(v) => setStance(STANCES.find((s) => s === v) ?? 'unknown')}
      >
        {STANCES.map((s) => (
          <option key={s} value={s}>
            {t(`stance.${s}`)}
          </option>
        ))}
      </LabelledSelect>
      <TextInput
        field="note"
        label={t('assess.note')}
        value={note}
        onChange={setNote}
        problems={refused}
      />
      <div className="form-actions">
        <button type="submit">{t('assess.save')}</button>
        <button
          type="button"
          onClick={() =>
            perform(setTarget(store.getState().graph, node.id, { influence, interest }))
          }
        >
          {t('assess.setTarget')}
        </button>
        {node.target ? (
          <button
            type="button"
            onClick={() => perform(setTarget(store.getState().graph, node.id, null))}
          >
            {t('assess.clearTarget')}
          </button>
        ) : null}
      </div>
      {assessmentsOf(node).map((a) => (
        <button
          key={a.date}
          type="button"
          className="link-button"
          onClick={() => perform(deleteAssessment(store.getState().graph, node.id, a.date))}
        >
          {t('assess.delete', { date: formatDate(lang, a.date) })}
        </button>
      ))}
    </form>
  );
}
