import { useId } from 'react';
import { CANVAS_ACTIONS } from '../actions/registry';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import { selectTimelineShown } from '../store/timeDerived';
import {
  FOCUS_DEPTHS,
  hasFileLook,
  LAYOUTS,
  layoutsFor,
  type FocusDepth,
  type LayoutName,
} from '../graph/view';
import ActionButton from './ActionButton';
import GroupChoice from './controls/GroupChoice';
import MeasureChoice from './controls/MeasureChoice';
import Toggle from './Toggle';
import { useRovingFocus } from './useRovingFocus';

/** Elements from which the WebGL renderer is offered: below this the canvas renderer is quick. */
const FAST_DRAWING_FROM = 5000;

const asLayout = (v: string): LayoutName | undefined => LAYOUTS.find((l) => l === v);
const asDepth = (v: string): FocusDepth | undefined => FOCUS_DEPTHS.find((d) => String(d) === v);

/** Layout choice, camera actions, and the focus depth and mode: one Tab stop, arrows inside. */
export default function Toolbar() {
  const { t } = useT();
  const id = useId();
  const layout = useApp((s) => s.layout);
  const setLayout = useApp((s) => s.setLayout);
  const depth = useApp((s) => s.focusDepth);
  const setFocusDepth = useApp((s) => s.setFocusDepth);
  const focusOnly = useApp((s) => s.focusOnly);
  const setFocusOnly = useApp((s) => s.setFocusOnly);
  const graph = useApp((s) => s.graph);
  const fileLook = useApp((s) => s.fileLook);
  const setFileLook = useApp((s) => s.setFileLook);
  const fastDrawing = useApp((s) => s.fastDrawing);
  const setFastDrawing = useApp((s) => s.setFastDrawing);
  const gpuDrawing = useApp((s) => s.gpuDrawing);
  const table = useApp((s) => s.table);
  const openTable = useApp((s) => s.openTable);
  const roving = useRovingFocus<HTMLDivElement>();
  const timeline = useApp(selectTimelineShown);
  const showTimeline = useApp((s) => s.showTimeline);
  const tierBy = useApp((s) => s.tierBy);
  const setTierBy = useApp((s) => s.setTierBy);
  const ringBy = useApp((s) => s.ringBy);
  const setRingBy = useApp((s) => s.setRingBy);
  const scatterX = useApp((s) => s.scatterX);
  const scatterY = useApp((s) => s.scatterY);
  const setScatterBy = useApp((s) => s.setScatterBy);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} {...roving}>
      <label htmlFor={`${id}-layout`}>{t('toolbar.layout')}</label>
      <select
        id={`${id}-layout`}
        value={layout}
        onChange={(e) => {
          const l = asLayout(e.target.value);
          if (l) setLayout(l);
        }}
      >
        {layoutsFor(graph).map((l) => (
          <option key={l} value={l}>
            {t(`layout.${l}`)}
          </option>
        ))}
      </select>
      {layout === 'breadthfirst' ? (
        <GroupChoice label={t('toolbar.tiersBy')} value={tierBy} onChange={setTierBy} />
      ) : null}
      {layout === 'concentric' ? (
        <MeasureChoice label={t('toolbar.ringsBy')} value={ringBy} onChange={setRingBy} />
      ) : null}
      {layout === 'scatter' ? (
        <>
          <MeasureChoice
            label={t('scatter.x')}
            value={scatterX}
            onChange={(m) => setScatterBy('x', m)}
          />
          <MeasureChoice
            label={t('scatter.y')}
            value={scatterY}
            onChange={(m) => setScatterBy('y', m)}
          />
        </>
      ) : null}
      {CANVAS_ACTIONS.map((a) => (
        <ActionButton key={a.id} action={a} />
      ))}
      <label htmlFor={`${id}-depth`}>{t('toolbar.depth')}</label>
      <select
        id={`${id}-depth`}
        value={depth}
        onChange={(e) => {
          const d = asDepth(e.target.value);
          if (d) setFocusDepth(d);
        }}
      >
        {FOCUS_DEPTHS.map((d) => (
          <option key={d} value={d}>
            {t(d === 1 ? 'depth.option' : 'depth.options', { count: d })}
          </option>
        ))}
      </select>
      <Toggle checked={focusOnly} onChange={setFocusOnly} label={t('toolbar.focusOnly')} />
      <button
        type="button"
        aria-pressed={timeline}
        title={t('time.toggleLabel')}
        onClick={() => showTimeline(!timeline)}
      >
        {t('time.toggle')}
      </button>
      <button
        type="button"
        aria-pressed={table !== null}
        title={t('table.openLabel')}
        onClick={() => openTable(table ? null : 'nodes')}
      >
        {t('table.open')}
      </button>
      {hasFileLook(graph) ? (
        <Toggle checked={fileLook} onChange={setFileLook} label={t('toolbar.fileLook')} />
      ) : null}
      {/* WebGL drawing is experimental in Cytoscape (arrows drawn as triangles, edges partly
          drawn on big graphs), so it is offered only where it pays off, and never by default. */}
      {/* Offered only where it is faster: WebGL 2 on a graphics processor. Once on, it can be
          turned off anywhere. */}
      {(gpuDrawing && graph.nodes.length + graph.edges.length > FAST_DRAWING_FROM) ||
      fastDrawing ? (
        <Toggle checked={fastDrawing} onChange={setFastDrawing} label={t('toolbar.fastDrawing')} />
      ) : null}
    </div>
  );
}
