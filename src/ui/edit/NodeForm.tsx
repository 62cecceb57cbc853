import { useId, useState, type FormEvent } from 'react';
import { addNode, editNode } from '../../graph/edits';
import type { GraphNode } from '../../graph/model';
import { NODE_TYPES } from '../../schema/graphFile';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { FieldProblems, PairInput, problemsAt, TextInput } from './Fields';
import { draftOf, fieldsOf, type LineProblem, type NodeDraft } from './nodeDraft';
import DateFields from './DateFields';
import OrganisationSelect from './OrganisationSelect';
import SectorPicker from './SectorPicker';

/** Where the English name field is, for F2 to go to. */
import { RENAME_FIELD } from '../../actions/editActions';

/**
 * Every field of a node, for a new node or one being corrected in place. Saving is one step
 * of the history; a refused save says why at each field and changes nothing.
 */
export default function NodeForm({
  node,
  place,
  onDone,
}: {
  node?: GraphNode;
  /** Where a new node goes, asked when it is added. */
  place?: () => { x: number; y: number };
  onDone?: (id: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  const store = useAppStore();
  const refused = useApp((s) => s.refused);
  const [draft, setDraft] = useState<NodeDraft>(() => draftOf(node));
  const [lineProblems, setLineProblems] = useState<LineProblem[]>([]);
  const set =
    <K extends keyof NodeDraft>(key: K) =>
    (value: NodeDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const problems = refused;
  const save = (e: FormEvent) => {
    e.preventDefault();
    const graph = store.getState().graph;
    const { fields, problems: lines } = fieldsOf(draft, node);
    setLineProblems(lines);
    if (lines.length) return;
    const label = fields.label ?? { en: '', hi: '' };
    if (node) {
      const command = editNode(graph, node.id, { ...fields, label });
      if (command && store.getState().perform(command)) onDone?.(node.id);
      return;
    }
    const at = place?.();
    const draftNode = Object.fromEntries(
      Object.entries({ ...fields, label, ...(at ? { position: at } : {}) }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    const command = addNode(graph, { sectors: [], ...draftNode, type: draft.type, label });
    if (store.getState().perform(command)) onDone?.(command.changes[0]!.id);
  };
  const lineText = (field: 'attributes' | 'links') =>
    lineProblems
      .filter((p) => (field === 'links') === (p.key === 'edit.linkLine'))
      .map((p) => t(p.key, { line: p.line }))
      .join(' ');
  return (
    <form className="edit-form" onSubmit={save} noValidate>
      <label htmlFor={`${id}-type`}>{t('edit.type')}</label>
      <select
        id={`${id}-type`}
        value={draft.type}
        onChange={(e) => set('type')(NODE_TYPES.find((x) => x === e.target.value) ?? 'other')}
      >
        {NODE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`type.${type}`)}
          </option>
        ))}
      </select>
      <FieldProblems id={`${id}-type-problem`} problems={problemsAt(problems, 'type')} />
      <PairInput
        field="label"
        inputId={node ? RENAME_FIELD : `${RENAME_FIELD}-new`}
        labels={[t('edit.labelEn'), t('edit.labelHi')]}
        value={draft.label}
        onChange={set('label')}
        problems={problems}
      />
      <PairInput
        field="role"
        labels={[t('edit.roleEn'), t('edit.roleHi')]}
        value={draft.role}
        onChange={set('role')}
        problems={problems}
      />
      <OrganisationSelect
        value={draft.organisation}
        onChange={set('organisation')}
        exclude={node?.id}
        problems={problems}
      />
      <SectorPicker value={draft.sectors} onChange={set('sectors')} />
      <PairInput
        field="description"
        multiline
        labels={[t('edit.descriptionEn'), t('edit.descriptionHi')]}
        value={draft.description}
        onChange={set('description')}
        problems={problems}
      />
      <DateFields value={draft} onChange={(f, v) => set(f)(v)} problems={problems} />
      <TextInput
        field="aliases"
        multiline
        label={t('edit.aliases')}
        value={draft.aliases}
        onChange={set('aliases')}
        problems={problems}
      />
      <TextInput
        field="links"
        multiline
        label={t('edit.links')}
        value={draft.links}
        onChange={set('links')}
        problems={problems}
      />
      {lineText('links') ? (
        <p role="alert" className="field-problem">
          {lineText('links')}
        </p>
      ) : null}
      <TextInput
        field="attributes"
        multiline
        label={t('edit.attributes')}
        value={draft.attributes}
        onChange={set('attributes')}
        problems={problems}
      />
      {lineText('attributes') ? (
        <p role="alert" className="field-problem">
          {lineText('attributes')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">
          {node ? t('edit.saveNode') : t('edit.addNode')}
        </button>
      </div>
    </form>
  );
}
