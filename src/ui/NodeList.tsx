import { useMemo, useState } from 'react';
import { useT } from '../store/useT';
import { selectHighlight, selectShown } from '../store/derived';
import { useApp } from '../store/store';
import TypeIcon from './TypeIcon';

const PAGE = 200;

/**
 * The visible nodes as a list of buttons: the canvas's content for keyboard and screen-reader
 * users. Follows filters and focus; marks the selection and its neighbourhood.
 */
export default function NodeList() {
  const { t, loc, lang } = useT();
  const graph = useApp((s) => s.graph);
  const shown = useApp(selectShown);
  const highlight = useApp(selectHighlight);
  const selection = useApp((s) => s.selection);
  const selectNode = useApp((s) => s.selectNode);
  const [limit, setLimit] = useState(PAGE);
  const nodes = useMemo(
    () =>
      graph.nodes
        .filter((node) => shown.nodes.has(node.id))
        .sort((a, b) => a.label[lang].localeCompare(b.label[lang], lang)),
    [graph, shown, lang],
  );
  return (
    <section className="node-list" aria-labelledby="node-list-heading">
      <h2 id="node-list-heading">
        {t('list.heading')}{' '}
        <span className="count">{t('list.count', { count: nodes.length })}</span>
      </h2>
      {nodes.length === 0 ? <p>{t('list.empty')}</p> : null}
      <ul id="node-list" tabIndex={-1}>
        {nodes.slice(0, limit).map((node) => {
          const selected = selection?.kind === 'node' && selection.id === node.id;
          const near = !selected && highlight?.nodes.has(node.id);
          return (
            <li key={node.id} className={near ? 'near' : undefined}>
              <button
                type="button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => selectNode(node.id, { reveal: true })}
              >
                <TypeIcon type={node.type} />
                <span>{loc(node.label)}</span>
                <span className="sr-only">, {t(`type.${node.type}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {nodes.length > limit ? (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('list.more', { count: Math.min(PAGE, nodes.length - limit) })}
        </button>
      ) : null}
    </section>
  );
}
