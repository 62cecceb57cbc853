import { bundlesFor } from '../../store/derived';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';

/**
 * For an edge drawn in a bundle (it shares both ends with others): which of them it is, and the
 * way to the previous and next, since the canvas shows them all as one line.
 */
export default function BundlePager({ edgeId }: { edgeId: string }) {
  const { t, n } = useT();
  const graph = useApp((s) => s.graph);
  const selectEdge = useApp((s) => s.selectEdge);
  const bundles = bundlesFor(graph);
  const bundle = bundles.of.get(edgeId);
  const members = bundle === undefined ? undefined : bundles.members.get(bundle);
  if (!members) return null;
  const at = members.indexOf(edgeId);
  const previous = members[at - 1];
  const next = members[at + 1];
  return (
    <nav className="pager bundle-pager" aria-label={t('details.bundleNav')}>
      <span role="status">
        {t('details.bundlePosition', { index: n(at + 1), count: n(members.length) })}
      </span>
      <button
        type="button"
        disabled={previous === undefined}
        onClick={() => previous !== undefined && selectEdge(previous)}
      >
        {t('details.bundlePrevious')}
      </button>
      <button
        type="button"
        disabled={next === undefined}
        onClick={() => next !== undefined && selectEdge(next)}
      >
        {t('details.bundleNext')}
      </button>
    </nav>
  );
}
