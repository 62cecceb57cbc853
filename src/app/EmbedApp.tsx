import { lazy, Suspense, useEffect, type SyntheticEvent } from 'react';
import CanvasErrorBoundary from '../canvas/CanvasErrorBoundary';
import { fullExplorerUrl } from '../io/embed';
import { useApp } from '../store/store';
import { useT } from '../store/useT';
import Legend from '../ui/Legend';
import { withFeatureText } from '../i18n/featureText';

const GraphCanvas = lazy(() => import('../canvas/GraphCanvas'));
const StoryPlayer = lazy(() => withFeatureText(import('../ui/stories/StoryPlayer')));

/** The link always opens the view the embed shows at that moment. */
const current = (e: SyntheticEvent<HTMLAnchorElement>) => {
  e.currentTarget.href = fullExplorerUrl(window.location);
};

/**
 * The embed (`?embed=1`): read-only, only the map's title, the canvas (a story's player where
 * one is played), the legend and a link to the full explorer. The wheel scrolls the host page
 * until the embed is clicked.
 */
export default function EmbedApp() {
  const { t, loc, lang } = useT();
  const title = useApp((s) => s.graph.meta.title);
  const playing = useApp((s) => s.playing !== null);
  const wheelZoom = useApp((s) => s.wheelZoom);
  const takeUp = useApp((s) => s.takeUpEmbed);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = loc(title);
  }, [lang, loc, title]);
  return (
    // No sheets in an embed: the legend and canvas always show.
    <div className="app embed" data-sheet="none">
      <header className="embed-bar">
        <h1>{loc(title)}</h1>
        <a
          href={fullExplorerUrl(window.location)}
          target="_blank"
          rel="noopener"
          aria-label={t('embed.openLabel')}
          onPointerEnter={current}
          onFocus={current}
          onClick={current}
        >
          {t('embed.open')} ↗
        </a>
      </header>
      <main className="stage" onPointerDown={takeUp} onKeyDown={takeUp}>
        <CanvasErrorBoundary message={t('canvas.error')} retryLabel={t('canvas.retry')}>
          <div className="canvas-area">
            <Suspense fallback={null}>
              <GraphCanvas />
            </Suspense>
            {wheelZoom ? null : (
              <p className="embed-hint" aria-hidden="true">
                {t('embed.takeUp')}
              </p>
            )}
            {playing ? (
              <Suspense fallback={null}>
                <StoryPlayer />
              </Suspense>
            ) : null}
          </div>
          <Legend />
        </CanvasErrorBoundary>
      </main>
    </div>
  );
}
