import './cytoscapeSetup';
import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { toElements } from './elements';
import { pngOf, svgOf } from './imageExport';
import { LARGE_GRAPH } from './layouts';
import { setCanvasPort } from './port';
import { buildStylesheet } from './stylesheet';
import { useCanvasEvents } from './useCanvasEvents';
import CytoscapeHost from './CytoscapeHost';
import { createOptions, hasWebgl2 } from './cytoscapeOptions';
import LayoutProgress from './LayoutProgress';
import { useHighlight } from './highlight/useHighlight';
import { useHighlightLayer } from './highlight/useHighlightLayer';
import { useCamera, useResizeKeepsView, useFrameChoice, useVisibility } from './useCanvasSync';
import { useLayout } from './useLayout';
import { useAppearanceMarks, usePathMarks } from './useAnalysisMarks';
import { useKeyboardWalk } from './useKeyboardWalk';
import { useRadialLabels } from './useRadialLabels';
import { useLabelGrid, withoutLabelGrid } from './useLabelGrid';
import { useLayoutAfterMetrics } from './useLayoutAfterMetrics';
import { useViewportSync } from './useViewportSync';
import { useOpeningDegrees, useSizeScale } from './useSizeScale';
import { useEditGestures, usePickedMarks } from './useEditGestures';

/** The Cytoscape view of the store: derives elements from state, sends events back as actions. */
export default function GraphCanvas() {
  const store = useAppStore();
  const tr = useT();
  const { t } = tr;
  const graph = useApp((s) => s.graph);
  const lang = useApp((s) => s.lang);
  const fileLook = useApp((s) => s.fileLook);
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
  // Positions are read when the elements are made (a new graph, or new labels); layouts move
  // the nodes on the canvas themselves, so a finished layout rebuilds nothing.
  const dataSeq = useApp((s) => s.dataSeq);
  const opening = useOpeningDegrees(degrees, dataSeq);
  const elements = useMemo(
    () => toElements(graph, degrees, store.getState().positions, bundles, opening),
    [graph, degrees, store, bundles, opening],
  );
  const large = elements.length > LARGE_GRAPH;
  const fastDrawing = useApp((s) => s.fastDrawing);
  const webgl = fastDrawing && hasWebgl2();
  const options = useMemo(() => createOptions(large, webgl), [large, webgl]);
  const addNotices = useApp((s) => s.addNotices);
  useEffect(() => {
    if (fastDrawing && !webgl) addNotices([{ key: 'canvas.noWebgl' }]);
  }, [fastDrawing, webgl, addNotices]);
  // Asked only where the answer matters (a graph big enough to be offered fast drawing, or
  // fast drawing on): making a WebGL context is not free, and most graphs never need it.
  const setGpuDrawing = useApp((s) => s.setGpuDrawing);
  const mayDrawFast = fastDrawing || graph.nodes.length + graph.edges.length > LARGE_GRAPH;
  useEffect(() => {
    if (mayDrawFast) setGpuDrawing(hasWebgl2());
  }, [mayDrawFast, setGpuDrawing]);
  const maxDegree = useSizeScale(degrees, dataSeq);
  const stylesheet = useMemo(
    () => buildStylesheet(lang, maxDegree, fileLook, large),
    [lang, maxDegree, fileLook, large],
  );
  // The highlight layer draws few elements, with their arrowheads.
  const layerStylesheet = useMemo(
    () => (large ? buildStylesheet(lang, maxDegree, fileLook) : stylesheet),
    [lang, maxDegree, fileLook, large, stylesheet],
  );

  // The host calls this with each instance it creates (again after a StrictMode remount, or
  // when creation options change) and with null as it destroys one.
  const [cy, setCy] = useState<Core | null>(null);
  const onCy = useCallback((instance: Core | null) => {
    if (instance) window.cy = instance;
    setCy(instance);
  }, []);
  useEffect(() => {
    if (!cy) return;
    setCanvasPort({
      // The view on screen as it is; the whole graph at its own scale, without the grid.
      png: (whole, legend) =>
        whole ? withoutLabelGrid(cy, () => pngOf(cy, true, legend)) : pngOf(cy, false, legend),
      svg: (legend) => withoutLabelGrid(cy, () => svgOf(cy, legend)),
      centre: () => {
        const pan = cy.pan();
        const zoom = cy.zoom();
        return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
      },
    });
    return () => setCanvasPort(null);
  }, [cy]);
  const placeNodes = useApp((s) => s.placeNodes);
  const onFailed = useCallback(() => addNotices([{ key: 'layout.failed' }]), [addNotices]);
  const status = useLayout(cy, layout, layoutSeq, {
    graph,
    shown,
    degrees,
    onPlaced: placeNodes,
    onFailed,
    traits: (l) => layoutTraits(store.getState(), l),
    focus: () => {
      const selected = store.getState().selection;
      return selected?.kind === 'node' ? selected.id : null;
    },
  });

  useCanvasEvents(cy, store);
  const editing = useApp((s) => s.editing);
  const drawLinks = useApp((s) => s.drawLinks);
  const picked = useApp((s) => s.selected);
  useEditGestures(cy, store, editing, drawLinks);
  usePickedMarks(cy, picked, elements);
  useVisibility(cy, bundles, shown, focusOnly && selection?.kind === 'node');
  const {
    layer,
    container: layerBox,
    veil,
  } = useHighlightLayer(cy, layerStylesheet, options.pixelRatio ?? 'auto');
  useHighlight(cy, layer, bundles, highlight, selection);
  useCamera(cy, camera);
  useFrameChoice(cy, selection, revealSeq);
  useResizeKeepsView(cy, () => store.getState().viewport !== null);
  usePathMarks(cy, layer, bundles, pathSet, chosenPath);
  useAppearanceMarks(cy, graph, look);
  useRadialLabels(cy, layout, status.state);
  // After the marks it ranks by: the selection, its highlight, the paths and the chosen sizes.
  useLabelGrid(cy, layout, status.state, [
    shown,
    highlight,
    selection,
    pathSet,
    look,
    stylesheet,
    layer,
  ]);
  useLayoutAfterMetrics();
  const viewportSeq = useApp((s) => s.viewportSeq);
  const cameraMoving = useViewportSync(cy, store, status.state, viewportSeq);
  const walk = useKeyboardWalk(cy, store, { graph, shown, degrees, selection, tr });

  return (
    <>
      <div
        id="graph"
        // A Tab stop of its own: the arrow keys walk the graph (see useKeyboardWalk).
        tabIndex={0}
        className="canvas"
        role="application"
        aria-label={t('canvas.label', { nodes: shown.nodes.size, edges: shown.edges.size })}
        aria-describedby="graph-keys"
        onKeyDown={walk.onKeyDown}
        data-testid="graph-canvas"
        // Said on the element for anyone waiting on the picture to settle (tests, assistive tech).
        data-layout={status.state}
        aria-busy={status.state === 'running'}
        data-camera={cameraMoving ? 'moving' : 'still'}
      >
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
      <p className="sr-only" aria-live="polite" data-testid="walk-said">
        {walk.message}
      </p>
      {status.progress !== null ? (
        <LayoutProgress progress={status.progress} onCancel={status.cancel} />
      ) : null}
    </>
  );
}
