import { selectShown } from '../store/derived';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import { useFilterTexts } from './useFilterTexts';

/**
 * Says why the canvas is blank, over it: the graph has no nodes, or the filters (named) hide
 * every one, with the one click that brings them back.
 */
export default function EmptyCanvas() {
  const { t, n } = useT();
  const graph = useApp((s) => s.graph);
  const shown = useApp(selectShown);
  const clearAllFilters = useApp((s) => s.clearAllFilters);
  const chips = useFilterTexts();
  if (shown.nodes.size > 0) return null;
  if (graph.nodes.length === 0)
    return (
      <div className="empty-canvas" role="status">
        <p>{t('canvas.noNodes')}</p>
      </div>
    );
  return (
    <div className="empty-canvas" role="status">
      <p>{t('canvas.allHidden', { count: n(graph.nodes.length) })}</p>
      {chips.length ? (
        <ul>
          {chips.map((c) => (
            <li key={c.key}>{c.text}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={clearAllFilters}>
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
