import { useId, useState } from 'react';
import { selectorFor } from '../../graph/anchor';
import { addEvidence } from '../../graph/edits';
import { namesIn } from '../../graph/sources';
import { clip } from '../../schema/text';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { TextInput } from '../edit/Fields';

/** How many relationships the Evidence for… list offers: those of the nodes the passage names. */
const MAX_CHOICES = 100;

/**
 * What a passage selected in a source's text can become, in edit mode: the evidence of a
 * relationship already there, or a new relationship between the nodes it names. One step each.
 */
export default function CaptureBar({
  source,
  text,
  span,
}: {
  source: string;
  text: string;
  span: { from: number; to: number };
}) {
  const { t, loc } = useT();
  const id = useId();
  const store = useAppStore();
  const graph = useApp((s) => s.graph);
  const selection = useApp((s) => s.selection);
  const selector = selectorFor(text, span.from, span.to);
  const named = namesIn(graph, selector.exact);
  const name = (nodeId: string) => {
    const n = graph.nodeById.get(nodeId);
    return n ? loc(n.label) : nodeId;
  };
  const picked = selection?.kind === 'edge' ? graph.edgeById.get(selection.id) : undefined;
  const choices = [
    ...new Set([...(picked ? [picked] : []), ...named.flatMap((n) => graph.incident.get(n) ?? [])]),
  ].slice(0, MAX_CHOICES);
  const [chosen, setChosen] = useState('');
  const [translation, setTranslation] = useState('');
  const edge = chosen || choices[0]?.id || '';
  const add = () => {
    const s = store.getState();
    const before = s.graph.edgeById.get(edge);
    const english = translation.trim();
    const command = addEvidence(s.graph, edge, {
      source,
      quote: selector.exact,
      ...(english ? { translation: english } : {}),
      selector,
    });
    if (!before || !command || !s.perform(command)) return;
    s.selectEdge(edge, { keepPanel: true, reveal: true });
    s.readCite({ edge, index: before.provenance.length });
  };
  const open = () =>
    store.getState().openEditForm({
      kind: 'edge',
      ...(named[0] ? { source: named[0] } : {}),
      ...(named[1] ? { target: named[1] } : {}),
      passage: { source, selector },
    });
  return (
    <div className="capture" role="region" aria-label={t('capture.heading')}>
      <p className="evidence-heading">{t('capture.heading')}</p>
      <q>{clip(selector.exact, 160)}</q>
      {named.length ? (
        <p className="source-facts">{t('capture.names', { names: named.map(name).join(', ') })}</p>
      ) : null}
      <button type="button" className="primary" onClick={open}>
        {t('capture.newEdge')}
      </button>
      {choices.length ? (
        <TextInput
          field="translation"
          label={t('edit.translation')}
          value={translation}
          onChange={setTranslation}
        />
      ) : null}
      {choices.length ? (
        <div className="capture-for">
          <label htmlFor={`${id}-for`}>{t('capture.evidenceFor')}</label>
          <select id={`${id}-for`} value={edge} onChange={(e) => setChosen(e.target.value)}>
            {choices.map((e) => (
              <option key={e.id} value={e.id}>
                {name(e.source)} → {loc(e.label)} → {name(e.target)}
              </option>
            ))}
          </select>
          <button type="button" onClick={add}>
            {t('capture.add')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
