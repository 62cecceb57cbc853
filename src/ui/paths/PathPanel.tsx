import { useState } from 'react';
import { NODE_TYPES, type NodeType } from '../../schema/graphFile';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import NodeCombobox from '../NodeCombobox';
import Toggle from '../Toggle';
import PathResults from './PathResults';

/**
 * "How is A linked to B?": two ends chosen by search, directions and types to avoid; the
 * shortest paths are drawn on the canvas and written out below with their evidence.
 */
export default function PathPanel() {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const query = useApp((s) => s.pathQuery);
  const selection = useApp((s) => s.selection);
  const findPaths = useApp((s) => s.findPaths);
  const clearPaths = useApp((s) => s.clearPaths);
  const [from, setFrom] = useState<string | null>(
    query?.from ?? (selection?.kind === 'node' ? selection.id : null),
  );
  const [to, setTo] = useState<string | null>(query?.to ?? null);
  const [directed, setDirected] = useState(query?.directed ?? false);
  const [avoid, setAvoid] = useState<ReadonlySet<NodeType>>(query?.avoid ?? new Set());
  const [problem, setProblem] = useState<'paths.same' | 'paths.unknown' | null>(null);
  const name = (id: string | null) => {
    const node = id === null ? undefined : graph.nodeById.get(id);
    return node ? loc(node.label) : undefined;
  };
  const types = NODE_TYPES.filter((type) => graph.nodesByType.has(type));

  return (
    <section className="paths-panel" aria-labelledby="paths-heading">
      <h2 id="paths-heading">{t('paths.heading')}</h2>
      <form
        className="paths-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (from === null || to === null) return setProblem('paths.unknown');
          if (from === to) return setProblem('paths.same');
          setProblem(null);
          findPaths({ from, to, directed, avoid });
        }}
      >
        <NodeCombobox
          className="search path-end"
          label={t('paths.from')}
          placeholder={t('paths.choose')}
          chosen={name(from)}
          onChoose={setFrom}
        />
        <NodeCombobox
          className="search path-end"
          label={t('paths.to')}
          placeholder={t('paths.choose')}
          chosen={name(to)}
          onChoose={setTo}
        />
        <label className="toggle">
          <input
            type="checkbox"
            checked={directed}
            onChange={(e) => setDirected(e.target.checked)}
          />
          {t('paths.directed')}
        </label>
        <fieldset className="paths-avoid">
          <legend>{t('paths.avoid')}</legend>
          {types.map((type) => (
            <Toggle
              key={type}
              checked={avoid.has(type)}
              label={t(`type.${type}`)}
              onChange={(on) => {
                const next = new Set(avoid);
                if (on) next.add(type);
                else next.delete(type);
                setAvoid(next);
              }}
            />
          ))}
        </fieldset>
        <div className="paths-actions">
          <button type="submit">{t('paths.find')}</button>
          {query ? (
            <button type="button" onClick={clearPaths}>
              {t('paths.clear')}
            </button>
          ) : null}
        </div>
        {problem ? (
          <p className="paths-problem" role="alert">
            {t(problem)}
          </p>
        ) : null}
      </form>
      {query ? <PathResults /> : null}
    </section>
  );
}
