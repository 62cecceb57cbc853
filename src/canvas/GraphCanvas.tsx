import './cytoscapeSetup';
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Core } from 'cytoscape';
import {
  bundlesFor,
  degreesOf,
  selectAppearance,
  selectChosenPathSet,
  selectHighlight,
  selectPathSet,
  selectShown,
} from '../store/derived';
import { layoutTraits } from '../store/layoutTraits';
import { useApp, useAppStore } from '../store/store';
import { useT } from '../store/useT';
import CytoscapeHost from './CytoscapeHost';
import {
  useCamera,
  useFitAroundCover,
  useWheelZoom,
  useFramePaths,
  useFrameChoice,
  useResizeKeepsView,
} from './camera/useCanvasSync';
import { useViewportSync } from './camera/useViewportSync';
import { useAppearanceMarks } from './drawing/useAppearanceMarks';
import { useDrawing } from './drawing/useDrawing';
import { useEdgeThinning } from './drawing/useEdgeThinning';
import { useVisibility } from './drawing/useVisibility';
import { useTimeDim } from './drawing/useTimeDim';
import { selectTimeView } from '../store/timeDerived';
// A plot's axes load when a plot is first shown: most visits never choose one.
const AxesLayer = lazy(() => withFeatureText(import('./axes/AxesLayer')));
// The keyboard walk and the edit gestures load once the first picture is drawn.
const CanvasHands = lazy(() => canvasDrawn().then(() => import('./interaction/CanvasHands')));
import { usePlot } from './axes/usePlot';
import { useStanceMarks } from './axes/useStanceMarks';
import { useCanvasPort } from './export/useCanvasPort';
import { useHighlight } from './highlight/useHighlight';
import { useHighlightLayer } from './highlight/useHighlightLayer';
import { usePathMarks } from './highlight/usePathMarks';
import { useCanvasEvents } from './interaction/useCanvasEvents';
import { usePickedMarks } from './interaction/usePickedMarks';
import { useLabelGrid } from './labels/useLabelGrid';
import LayoutProgress from './layout/LayoutProgress';
import { useLayout } from './layout/useLayout';
import { useLayoutAfterMetrics } from './layout/useLayoutAfterMetrics';
import { useRadialLabels } from './layout/useRadialLabels';
import { withFeatureText } from '../i18n/featureText';
import { canvasDrawn } from './port';

/** The Cytoscape view of the store: derives elements from state, sends events back as actions. */
export default function GraphCanvas() {
  const store = useAppStore();
  const tr = useT();
  const { t } = tr;
  const graph = useApp((s) => s.graph);
  const dataSeq = useApp((s) => s.dataSeq);
  const shown = useApp(selectShown);
  const highlight = useApp(selectHighlight);
  const selection = useApp((s) => s.selection);
  const layout = useApp((s) => s.layout);
  const layoutSeq = useApp((s) => s.layoutSeq);
  const camera = useApp((s) => s.camera);
  const revealSeq = useApp((s) => s.revealSeq);
  const focusOnly = useApp((s) => s.focusOnly);
  const pathSet = useApp(selectPathSet);
  const chosenPath = useApp(selectChosenPathSet);
  const look = useApp(selectAppearance);

  const degrees = degreesOf(graph);
  const bundles = bundlesFor(graph);
  const drawing = useDrawing(store, graph, degrees, bundles);
  const { elements, large, webgl, options, stylesheet } = drawing;
  const addNotices = useApp((s) => s.addNotices);

  // The host calls this with each instance it creates (again after a StrictMode remount, or
  // when creation options change) and with null as it destroys one.
  const [cy, setCy] = useState<Core | null>(null);
  const onCy = useCallback((instance: Core | null) => {
    if (instance) window.cy = instance;
    setCy(instance);
  }, []);
  useCanvasPort(cy);
  const placeNodes = useApp((s) => s.placeNodes);
  const arrangeNodes = useApp((s) => s.arrangeNodes);
  const scatterX = useApp((s) => s.scatterX);
  const scatterY = useApp((s) => s.scatterY);
  const measures = useMemo(() => ({ x: scatterX, y: scatterY }), [scatterX, scatterY]);
  const onFailed = useCallback(() => addNotices([{ key: 'layout.failed' }]), [addNotices]);
  const plot = usePlot(onFailed);
  const plan = plot?.plan ?? null;
  const status = useLayout(
    cy,
    layout,
    layoutSeq,
    {
      graph,
      shown,
      degrees,
      onPlaced: placeNodes,
      onArranged: arrangeNodes,
      fitted: () => store.getState().viewport === null,
      onFailed,
      traits: (l) => layoutTraits(store.getState(), l),
      focus: () => {
        const selected = store.getState().selection;
        return selected?.kind === 'node' ? selected.id : null;
      },
    },
    plot,
  );

  useCanvasEvents(cy, store);
  const editing = useApp((s) => s.editing);
  const drawLinks = useApp((s) => s.drawLinks);
  const picked = useApp((s) => s.selected);
  const [drawingLinks, setDrawingLinks] = useState(false);
  useStanceMarks(cy, plan);
  usePickedMarks(cy, picked, elements);
  useVisibility(cy, bundles, shown, focusOnly && selection?.kind === 'node');
  useTimeDim(cy, bundles, useApp(selectTimeView)?.dimmed ?? null);
  useEdgeThinning(cy, large && !webgl, shown.edges.size);
  const {
    layer,
    container: layerBox,
    veil,
  } = useHighlightLayer(cy, drawing.layerStylesheet, options.pixelRatio ?? 'auto');
  useHighlight(cy, layer, bundles, highlight, selection);
  useCamera(cy, camera);
  const covered = useApp((s) => s.coveredBelow);
  useFitAroundCover(cy, store, covered);
  const wheelZoom = useApp((s) => s.wheelZoom);
  useWheelZoom(cy, wheelZoom);
  useFrameChoice(cy, selection, revealSeq);
  useResizeKeepsView(cy, () => store.getState().viewport !== null);
  usePathMarks(cy, layer, bundles, pathSet, chosenPath);
  useFramePaths(cy, bundles, pathSet, chosenPath);
  useAppearanceMarks(cy, graph, look);
  useRadialLabels(cy, layout, status.state);
  // After the marks it ranks by: the selection, its highlight, the paths and the chosen sizes.
  useLabelGrid(
    cy,
    layout,
    status.state,
    [look, stylesheet],
    [shown, highlight, selection, pathSet, layer],
  );
  useLayoutAfterMetrics();
  const viewportSeq = useApp((s) => s.viewportSeq);
  const cameraMoving = useViewportSync(cy, store, status.state, viewportSeq);
  const walk = useMemo(
    () => ({ graph, shown, degrees, selection, tr }),
    [graph, shown, degrees, selection, tr],
  );
  const walkKeys = useRef<((e: KeyboardEvent) => void) | null>(null);
  const [hands, setHands] = useState(false);
  const handsArrived = useCallback(() => setHands(true), []);

  return (
    <>
      <div
        id="graph"
        // A Tab stop of its own: the arrow keys walk the graph (see CanvasHands).
        tabIndex={0}
        className="canvas"
        role="application"
        aria-label={t('canvas.label', { nodes: shown.nodes.size, edges: shown.edges.size })}
        aria-describedby="graph-keys"
        onKeyDown={(e) => walkKeys.current?.(e)}
        data-testid="graph-canvas"
        // Said on the element for anyone waiting on the picture to settle (tests, assistive tech).
        data-layout={status.state}
        // Which data that is about (a new number with each graph opened): a file being read
        // leaves the last graph's "idle" standing until it has loaded.
        data-graph={dataSeq}
        aria-busy={status.state === 'running'}
        data-camera={cameraMoving ? 'moving' : 'still'}
        data-draw-links={drawingLinks ? 'on' : 'off'}
        data-hands={hands ? 'ready' : 'coming'}
      >
        {/* Under the nodes: the plot's lines and words (see AxesLayer). */}
        {plan ? (
          <Suspense fallback={null}>
            <AxesLayer cy={cy} plan={plan} measures={measures} />
          </Suspense>
        ) : null}
        <CytoscapeHost
          // Cytoscape reads these options only when created, so a change makes a new instance.
          key={`${large}-${webgl}`}
          elements={elements}
          stylesheet={stylesheet}
          options={options}
          onCy={onCy}
        />
        <div ref={veil} className="canvas-veil" hidden />
        <div ref={layerBox} className="canvas-layer" aria-hidden="true" />
      </div>
      <p id="graph-keys" className="sr-only">
        {t('walk.instructions')}
      </p>
      <Suspense fallback={null}>
        <CanvasHands
          cy={cy}
          store={store}
          walk={walk}
          editing={editing}
          drawLinks={drawLinks}
          keysRef={walkKeys}
          onDrawing={setDrawingLinks}
          onArrived={handsArrived}
        />
      </Suspense>
      {status.progress !== null ? (
        <LayoutProgress progress={status.progress} onCancel={status.cancel} />
      ) : null}
    </>
  );
}
