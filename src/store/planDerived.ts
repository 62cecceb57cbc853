import { measureValues } from '../graph/analysis/values';
import { tokenOf, type Measure } from '../graph/analysis/view';
import { asOfDay } from '../graph/dates';
import type { GraphModel } from '../graph/model';
import { labelBox, NODE_DRAWING, nodeSize } from '../graph/labelBox';
import { gridPlan, scatterPlan, type NodeRoom, type ScatterPlan } from '../graph/scatter';
import { localizedText, type Lang } from '../i18n/strings';
import { clip } from '../schema/text';
import { degreesOf, selectMetrics } from './derived';
import { memoLast } from './memo';
import type { AppState } from './types';

/** The widest reach of any node's drawing in the language shown (see NodeRoom). */
const roomMemo = memoLast((graph: GraphModel, lang: Lang): NodeRoom => {
  const degrees = degreesOf(graph);
  const most = Math.max(1, ...degrees.values());
  let side = 0;
  let up = 0;
  let down = 0;
  for (const node of graph.nodes) {
    const text = clip(localizedText(node.label, lang), NODE_DRAWING.labelChars);
    const box = labelBox(
      text,
      nodeSize(node.type, degrees.get(node.id) ?? 0, most),
      node.type === 'meeting',
    );
    side = Math.max(side, box.width / 2);
    up = Math.max(up, box.up);
    down = Math.max(down, box.down);
  }
  return { side, up, down };
});

const gridMemo = memoLast((graph: GraphModel, day: number | undefined, room: NodeRoom) =>
  gridPlan(graph, null, day, room),
);

/** A measure's values, computed again only when its own values change (not other metrics'). */
function valuesMemo() {
  const last = {
    graph: null as GraphModel | null,
    token: '',
    source: null as unknown,
    values: null as Float64Array | null,
  };
  return (graph: GraphModel, s: AppState, measure: Measure): Float64Array | null => {
    const token = tokenOf(measure);
    const source = measure.kind === 'metric' ? (selectMetrics(s)?.[measure.name] ?? null) : graph;
    if (last.graph !== graph || last.token !== token || last.source !== source) {
      last.graph = graph;
      last.token = token;
      last.source = source;
      last.values = measureValues(graph, selectMetrics(s), measure);
    }
    return last.values;
  };
}
const xValues = valuesMemo();
const yValues = valuesMemo();
const NONE = new Float64Array(0);
const scatterMemo = memoLast(
  (graph: GraphModel, xs: Float64Array | null, ys: Float64Array | null, room: NodeRoom) =>
    scatterPlan(graph, null, xs ?? NONE, ys ?? NONE, room),
);

/**
 * Where the plot layouts put every node, and their axes: the power–interest grid as of the
 * timeline's date, or the scatter of the chosen measures (nodes wait in the tray until a
 * metric arrives). Null for any other layout.
 */
export function selectPlan(s: AppState): ScatterPlan | null {
  if (s.layout === 'powerinterest')
    return gridMemo(s.graph, asOfDay(s.asOf), roomMemo(s.graph, s.lang));
  if (s.layout === 'scatter')
    return scatterMemo(
      s.graph,
      xValues(s.graph, s, s.scatterX),
      yValues(s.graph, s, s.scatterY),
      roomMemo(s.graph, s.lang),
    );
  return null;
}
