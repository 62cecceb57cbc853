import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { PANELS, type Panel } from '../store/analysisSlice';
import { selectMetricsState } from '../store/derived';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import { preloadable } from './preloadable';
import { SheetClose } from './SheetBar';
import { useFirstFrame } from './useFirstFrame';
import { withFeatureText } from '../i18n/featureText';

// The details and the sources are fetched as soon as the graph is drawn, both at once: Show in
// source opens the reader from the details, on the quote, without a wait. The analyses' tabs
// load when first shown.
const details = preloadable(() => withFeatureText(import('./details/DetailsPanel')));
const sources = preloadable(() => withFeatureText(import('./sources/SourcesPanel')));
const DetailsPanel = details.Component;
const SourcesPanel = sources.Component;
const PathPanel = lazy(() => withFeatureText(import('./paths/PathPanel')));
const InsightsPanel = lazy(() => withFeatureText(import('./insights/InsightsPanel')));
const AppearancePanel = lazy(() => withFeatureText(import('./look/AppearancePanel')));
const StoriesPanel = lazy(() => withFeatureText(import('./stories/StoriesPanel')));
const EventsPanel = lazy(() => withFeatureText(import('./events/EventsPanel')));

const LABEL = {
  details: 'panel.details',
  paths: 'panel.paths',
  insights: 'panel.insights',
  sources: 'panel.sources',
  events: 'panel.events',
  stories: 'panel.stories',
  appearance: 'panel.appearance',
} as const;

/** The side panel: details, paths, insights and look as tabs (WAI-ARIA tabs pattern). */
export default function SidePanel() {
  const { t } = useT();
  const id = useId();
  const panel = useApp((s) => s.panel);
  const showPanel = useApp((s) => s.showPanel);
  // Said on the element for anyone waiting on the answers (tests, the benchmark).
  const state = useApp(selectMetricsState);
  const metrics = state?.failed ? 'failed' : state && state.done >= 1 ? 'done' : 'running';
  const tabs = useRef<HTMLDivElement>(null);
  const drawn = useFirstFrame();
  useEffect(() => {
    if (!drawn) return;
    void details.preload();
    void sources.preload();
  }, [drawn]);
  // Where the focus came from into the panel (the canvas, the list): Escape goes back there.
  const cameFrom = useRef<HTMLElement | null>(null);
  const onFocus = (e: FocusEvent) => {
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && !e.currentTarget.contains(from)) cameFrom.current = from;
  };
  const onEscape = (e: KeyboardEvent) => {
    // A list or menu inside the panel closes first, and says so by taking the key.
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const back = cameFrom.current?.isConnected
      ? cameFrom.current
      : document.getElementById('graph');
    if (!back) return;
    e.preventDefault();
    back.focus();
  };
  const move = (e: KeyboardEvent, to: Panel) => {
    e.preventDefault();
    showPanel(to);
    tabs.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${to}`)}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = PANELS.indexOf(panel);
    if (e.key === 'ArrowRight') move(e, PANELS[(at + 1) % PANELS.length]!);
    else if (e.key === 'ArrowLeft') move(e, PANELS[(at + PANELS.length - 1) % PANELS.length]!);
    else if (e.key === 'Home') move(e, PANELS[0]);
    else if (e.key === 'End') move(e, PANELS[PANELS.length - 1]!);
  };
  return (
    <div id="side" className="side" data-metrics={metrics} onFocus={onFocus} onKeyDown={onEscape}>
      <SheetClose sheet="side" />
      <div
        className="side-tabs"
        role="tablist"
        aria-label={t('panel.tabs')}
        ref={tabs}
        onKeyDown={onKeyDown}
      >
        {PANELS.map((p) => (
          <button
            key={p}
            id={`${id}-${p}`}
            type="button"
            role="tab"
            aria-selected={panel === p}
            aria-controls="side-panel"
            tabIndex={panel === p ? 0 : -1}
            onClick={() => showPanel(p)}
          >
            {t(LABEL[p])}
          </button>
        ))}
      </div>
      <div
        className="side-panel"
        id="side-panel"
        tabIndex={-1}
        role="tabpanel"
        aria-labelledby={`${id}-${panel}`}
      >
        <Suspense fallback={null}>
          {drawn && panel === 'details' ? <DetailsPanel /> : null}
          {drawn && panel === 'sources' ? <SourcesPanel /> : null}
          {panel === 'paths' ? <PathPanel /> : null}
          {panel === 'insights' ? <InsightsPanel /> : null}
          {panel === 'events' ? <EventsPanel /> : null}
          {panel === 'stories' ? <StoriesPanel /> : null}
          {panel === 'appearance' ? <AppearancePanel /> : null}
        </Suspense>
      </div>
    </div>
  );
}
