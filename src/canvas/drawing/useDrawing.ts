import { useEffect, useMemo } from 'react';
import type { Bundles } from '../../graph/bundles';
import type { GraphModel } from '../../graph/model';
import { useApp, type AppStore } from '../../store/store';
import { createOptions, hasWebgl2 } from '../cytoscapeOptions';
import { LARGE_GRAPH } from '../layouts';
import { toElements } from './elements';
import { buildStylesheet } from './stylesheet';
import { useOpeningDegrees, useSizeScale } from './useSizeScale';

/**
 * What the canvas draws and how: its elements, the options it is created with (a big graph
 * drawn for speed, WebGL where the user asked and a graphics processor has it), the
 * stylesheet, and the highlight layer's stylesheet, which draws arrowheads a big graph's
 * haystack edges leave out.
 */
export function useDrawing(
  store: AppStore,
  graph: GraphModel,
  degrees: ReadonlyMap<string, number>,
  bundles: Bundles,
) {
  const lang = useApp((s) => s.lang);
  const fileLook = useApp((s) => s.fileLook);
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
  const layerStylesheet = useMemo(
    () => (large ? buildStylesheet(lang, maxDegree, fileLook) : stylesheet),
    [lang, maxDegree, fileLook, large, stylesheet],
  );
  return { elements, large, webgl, options, stylesheet, layerStylesheet };
}
