import { selectTimelineShown } from '../store/timeDerived';
import { lazy, Suspense, useEffect } from 'react';
import { useShortcuts } from '../actions/useShortcuts';
import CanvasErrorBoundary from '../canvas/CanvasErrorBoundary';
import { useT } from '../store/useT';
import { useApp, useAppStore } from '../store/store';
import Counts from '../ui/Counts';
import FilterChips from '../ui/FilterChips';
import Header from '../ui/Header';
import Legend from '../ui/Legend';
import DropZone from '../ui/DropZone';
import EmptyCanvas from '../ui/EmptyCanvas';
import ImportReport from '../ui/ImportReport';
import Notices from '../ui/Notices';
import SearchBox from '../ui/SearchBox';
import SheetBar, { SheetClose } from '../ui/SheetBar';
import SidePanel from '../ui/SidePanel';
import Toolbar from '../ui/Toolbar';
import { EditBar, EditSheet } from '../ui/edit/lazyEditing';
import { useFirstFrame } from '../ui/useFirstFrame';
import { withFeatureText } from '../i18n/featureText';

// Cytoscape is the heaviest dependency; the lists and details render before it arrives.
const GraphCanvas = lazy(() => import('../canvas/GraphCanvas'));
const TimelineBar = lazy(() => withFeatureText(import('../ui/time/TimelineBar')));
// The filters, the list of nodes and its virtual scroller load once the graph is drawn.
const FilterPanel = lazy(() => withFeatureText(import('../ui/FilterPanel')));
const NodeList = lazy(() => withFeatureText(import('../ui/NodeList')));
// The table and its library load when the table is first opened.
const DataTable = lazy(() => withFeatureText(import('../ui/table/DataTable')));
// The player loads when a story is first played.
const StoryPlayer = lazy(() => withFeatureText(import('../ui/stories/StoryPlayer')));
// The printed brief loads when one is asked for.
const BriefPrint = lazy(() => withFeatureText(import('../ui/brief/BriefPrint')));

/**
 * The explorer's layout: header, left (search, filters, list), canvas, details. On a narrow
 * screen the graph fills the page and the two side regions open as sheets under it.
 */
export default function App() {
  const store = useAppStore();
  const { t, lang } = useT();
  useShortcuts(store);
  const table = useApp((s) => s.table);
  const sheet = useApp((s) => s.sheet);
  const playing = useApp((s) => s.playing !== null);
  const brief = useApp((s) => s.briefShown);
  const timeline = useApp(selectTimelineShown);
  const drawn = useFirstFrame();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <>
      <div className="app" data-sheet={sheet ?? 'none'}>
        <Header />
        <SheetBar />
        <DropZone />
        <div className="layout">
          {/* The graph and its toolbar come first in the tab order; the lists follow it. */}
          <main className="stage">
            <Toolbar />
            <EditBar />
            <div className="stage-status">
              <Counts />
              <FilterChips />
            </div>
            <ImportReport />
            <Notices />
            <CanvasErrorBoundary message={t('canvas.error')} retryLabel={t('canvas.retry')}>
              <div className="canvas-area">
                <Suspense fallback={null}>
                  <GraphCanvas />
                </Suspense>
                <EmptyCanvas />
                {playing ? (
                  <Suspense fallback={null}>
                    <StoryPlayer />
                  </Suspense>
                ) : null}
                <EditSheet />
              </div>
              <Legend />
            </CanvasErrorBoundary>
            {timeline ? (
              <Suspense fallback={null}>
                <TimelineBar />
              </Suspense>
            ) : null}
            {table ? (
              <Suspense fallback={null}>
                <DataTable />
              </Suspense>
            ) : null}
          </main>
          <nav id="explore" className="sidebar" aria-label={t('filters.heading')}>
            <SheetClose sheet="explore" />
            <SearchBox />
            {drawn ? (
              <Suspense fallback={null}>
                <FilterPanel />
                <NodeList />
              </Suspense>
            ) : null}
          </nav>
          <SidePanel />
        </div>
      </div>
      {brief ? (
        <Suspense fallback={null}>
          <BriefPrint />
        </Suspense>
      ) : null}
    </>
  );
}
