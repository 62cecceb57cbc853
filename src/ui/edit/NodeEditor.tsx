import { useId, useState, type FormEvent } from 'react';
import { deleteNode, editNode } from '../../graph/edits';
import type { GraphNode } from '../../graph/model';
import { problemMessage } from '../../i18n/problems';
import { useT } from '../../store/useT';
import { useApp, useAppStore } from '../../store/store';

/**
 * A node's name in both languages, changed in place, and the node deleted with a line saying
 * what goes with it. Each is one step of the history; a refused change says why at its field
 * and changes nothing.
 */
export default function NodeEditor({ node }: { node: GraphNode }) {
  const { t, n, lang } = useT();
  const id = useId();
  const store = useAppStore();
  const perform = useApp((s) => s.perform);
  const refused = useApp((s) => s.refused);
  const [en, setEn] = useState(node.label.en);
  const [hi, setHi] = useState(node.label.hiMissing ? '' : node.label.hi);
  const incident = store.getState().graph.incident.get(node.id) ?? [];
  const evidence = incident.reduce((sum, e) => sum + e.provenance.length, 0);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const command = editNode(store.getState().graph, node.id, {
      label: hi.trim() === '' ? { en, hi: en, hiMissing: true } : { en, hi },
    });
    if (command) perform(command);
  };
  const remove = () => {
    const command = deleteNode(store.getState().graph, node.id);
    if (command) perform(command);
  };
  return (
    <section className="node-editor" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('edit.heading')}</h4>
      <form onSubmit={save}>
        <label htmlFor={`${id}-en`}>{t('edit.labelEn')}</label>
        <input id={`${id}-en`} lang="en" value={en} onChange={(e) => setEn(e.target.value)} />
        <label htmlFor={`${id}-hi`}>{t('edit.labelHi')}</label>
        <input id={`${id}-hi`} lang="hi" value={hi} onChange={(e) => setHi(e.target.value)} />
        <button type="submit">{t('edit.save')}</button>
      </form>
      {refused.length ? (
        <p role="alert" className="paths-problem">
          {t('edit.refused', { reason: refused.map((p) => problemMessage(p, lang)).join('; ') })}
        </p>
      ) : null}
      <p className="hint">
        {t('edit.deleteSays', { edges: n(incident.length), evidence: n(evidence) })}
      </p>
      <button type="button" className="danger" onClick={remove}>
        {t('edit.delete')}
      </button>
    </section>
  );
}
