import { useId, useMemo, useState, type FormEvent } from 'react';
import { deletionCost } from '../../graph/edits';
import { mergeConflicts, mergeNodes, type MergeField } from '../../graph/merge';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';

/**
 * Merging picked nodes into one: which keeps its name and id, and for each field they give
 * differently, whose value stays. One step of the history; Undo brings every node back.
 */
export default function MergeForm({
  ids,
  onDone,
}: {
  ids: readonly string[];
  onDone: (id: string) => void;
}) {
  const { t, loc, n } = useT();
  const id = useId();
  const store = useAppStore();
  const graph = useApp((s) => s.graph);
  const [keep, setKeep] = useState(ids[0] ?? '');
  const [picks, setPicks] = useState<ReadonlyMap<MergeField, string>>(new Map());
  const conflicts = useMemo(() => mergeConflicts(graph, ids), [graph, ids]);
  const label = (nodeId: string) => {
    const node = graph.nodeById.get(nodeId);
    return node ? loc(node.label) : nodeId;
  };
  const others = ids.filter((x) => x !== keep);
  const moving = deletionCost(graph, others);
  const fieldName = (f: MergeField) =>
    f.startsWith('attribute:')
      ? t('edit.field.attribute', { name: f.slice(10) })
      : t(`edit.field.${f as 'type'}`);
  const merge = (e: FormEvent) => {
    e.preventDefault();
    const command = mergeNodes(store.getState().graph, [keep, ...others], picks);
    if (command && store.getState().perform(command)) {
      store.getState().setSelected([]);
      onDone(keep);
    }
  };
  return (
    <form className="edit-form" onSubmit={merge}>
      <fieldset>
        <legend>{t('edit.mergeKeep')}</legend>
        {ids.map((x) => (
          <label key={x} className="check">
            <input
              type="radio"
              name={`${id}-keep`}
              checked={keep === x}
              onChange={() => setKeep(x)}
            />
            {label(x)}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        {t('edit.mergeSays', { edges: n(moving.edges), evidence: n(moving.evidence) })}
      </p>
      {conflicts.map((c) => (
        <fieldset key={c.field}>
          <legend>{t('edit.mergeConflict', { field: fieldName(c.field) })}</legend>
          {c.choices.map((choice) => (
            <label key={choice.node} className="check">
              <input
                type="radio"
                name={`${id}-${c.field}`}
                checked={
                  (picks.get(c.field) ??
                    c.choices.find((x) => x.node === keep)?.node ??
                    c.choices[0]?.node) === choice.node
                }
                onChange={() => setPicks(new Map([...picks, [c.field, choice.node]]))}
              />
              {label(choice.node)}: {choice.text}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('edit.mergeDo')}
        </button>
      </div>
    </form>
  );
}
