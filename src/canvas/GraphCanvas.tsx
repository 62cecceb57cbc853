import './cytoscapeSetup';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import { degreesOf, selectHighlight, selectShown } from '../store/derived';
import { useApp, useAppStore } from '../store/store';
import { useT } from '../store/useT';
import { toElements } from './elements';
import { pngOf, svgOf } from './imageExport';
import { LARGE_GRAPH, type LayoutState } from './layouts';
import { setCanvasPort } from './port';
import { buildStylesheet } from './stylesheet';
import { useCanvasEvents } from './useCanvasEvents';
import {
  useCamera,
  useHighlight,
  useResizeKeepsView,
  useReveal,
  useVisibilityAndLayout,
} from './useCanvasSync';

// Props are compared by identity, so elements and stylesheet are patched only when their
// memoised arrays change, never re-diffed on unrelated renders.
const byIdentity = (a: unknown, b: unknown) => a !== b;
const fill = { width: '100%', height: '100%' };

/** The Cytoscape view of the store: derives elements from state, sends events back as actions. */
export default function GraphCanvas() {
  const store = useAppStore();
  const { t } = useT();
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

  const degrees = degreesOf(graph);
  const elements = useMemo(() => toElements(graph, degrees), [graph, degrees]);
  const large = elements.length > LARGE_GRAPH;
  const maxDegree = useMemo(() => Math.max(0, ...degrees.values()), [degrees]);
  const stylesheet = useMemo(
    () => buildStylesheet(lang, maxDegree, fileLook),
    [lang, maxDegree, fileLook],
  );

  // The component calls this on every update and again after a StrictMode remount; only a
  // new instance changes state.
  const [cy, setCy] = useState<Core | null>(null);
  const current = useRef<Core | null>(null);
  const onCy = useCallback((instance: Core) => {
    if (current.current === instance) return;
    current.current = instance;
    window.cy = instance;
    setCy(instance);
  }, []);
  useEffect(() => {
    if (!cy) return;
    setCanvasPort({ png: (whole) => pngOf(cy, whole), svg: () => svgOf(cy) });
    return () => setCanvasPort(null);
  }, [cy]);
  // Said on the element for anyone waiting on the picture to settle (tests, assistive tech).
  const [layoutState, setLayoutState] = useState<LayoutState>('running');

  useCanvasEvents(cy, store);
  useVisibilityAndLayout(cy, graph, shown, layout, layoutSeq, setLayoutState);
  useHighlight(cy, highlight, selection);
  useCamera(cy, camera);
  useReveal(cy, selection, revealSeq);
  useResizeKeepsView(cy);

  return (
    <div
      className="canvas"
      role="img"
      aria-label={t('canvas.label', { nodes: shown.nodes.size, edges: shown.edges.size })}
      data-testid="graph-canvas"
      data-layout={layoutState}
      aria-busy={layoutState === 'running'}
    >
      <CytoscapeComponent
        // Cytoscape reads its rendering options only when created, so crossing the large-graph
        // threshold creates a new instance.
        key={large ? 'large' : 'normal'}
        hideEdgesOnViewport={large}
        textureOnViewport={large}
        pixelRatio={large ? 1 : 'auto'}
        elements={elements}
        stylesheet={stylesheet}
        cy={onCy}
        diff={byIdentity}
        style={fill}
        minZoom={0.1}
        maxZoom={4}
        boxSelectionEnabled={false}
        autounselectify
      />
    </div>
  );
}
