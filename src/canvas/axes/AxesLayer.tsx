import { useEffect, useMemo, useState } from 'react';
import type { Core } from 'cytoscape';
import type { Measure } from '../../graph/analysis/view';
import type { Box } from '../../graph/labelBox';
import type { ScatterPlan } from '../../graph/scatter';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { canvasMeasure } from '../labels/labelWrap';
import type { PlotWord } from './plotGeometry';
import { grownBox, screenWords } from './screenWords';
import { usePlotDrag } from './usePlotDrag';

interface Camera {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
  /** Counts the canvas's restyles: a label's size changed, and what is drawn with it. */
  readonly styled: number;
}

/** Up to this many plotted nodes, the axes make room for their labels as drawn now. */
const MEASURE_UP_TO = 2000;

/**
 * Where the plotted nodes are drawn, labels included, in model units: labels grow in model
 * units as the view zooms out (the label grid keeps them legible), so the axes stand outside
 * them as drawn, not only as planned. Null above {@link MEASURE_UP_TO} nodes.
 */
function drawnBox(cy: Core, plan: ScatterPlan): Box | null {
  const { box } = plan.axes;
  const inside = cy.nodes().filter((n) => {
    if (n.hasClass('hidden')) return false;
    const p = plan.positions.get(n.id());
    return p !== undefined && p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
  });
  if (inside.empty() || inside.length > MEASURE_UP_TO) return null;
  const b = inside.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true });
  return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
}

/** The camera, read again once a frame while it moves. */
function useCamera(cy: Core | null): Camera | null {
  const [camera, setCamera] = useState<Camera | null>(null);
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    let styled = 0;
    const read = () => {
      frame = 0;
      if (cy.destroyed()) return;
      const pan = cy.pan();
      setCamera({ zoom: cy.zoom(), x: pan.x, y: pan.y, styled });
    };
    const later = (e: { type: string }) => {
      if (e.type === 'style') styled++;
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    // The label grid's new sizes move the axes' edges too (see drawnBox).
    cy.on('viewport resize style', later);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('viewport resize style', later);
    };
  }, [cy]);
  return camera;
}

/**
 * A plot's axes over the canvas: lines, ticks, titles, the grid's quadrants, and where each
 * stakeholder stood before (a faint trail) and where the user wants it (a ring). Words keep a
 * fixed size at any zoom, in the interface language.
 */
export default function AxesLayer({
  cy,
  plan,
  measures,
}: {
  cy: Core | null;
  plan: ScatterPlan;
  measures: { x: Measure; y: Measure };
}) {
  const { t, n } = useT();
  // A drop on a plot is the plot's too: a value on the grid, or back to its place.
  usePlotDrag(
    cy,
    useAppStore(),
    useApp((s) => s.editing),
  );
  const camera = useCamera(cy);
  // Measured again when the zoom or a label's style changes, not on every frame of a pan.
  const drawn = useMemo(
    () => (cy && camera ? drawnBox(cy, plan) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the camera's pan moves no label
    [cy, plan, camera?.zoom, camera?.styled],
  );
  const measure = useMemo(() => {
    const family = getComputedStyle(document.documentElement).fontFamily;
    return {
      name: canvasMeasure(`600 13px ${family}`),
      tray: canvasMeasure(`italic 12px ${family}`),
    };
  }, []);
  if (!camera || !cy) return null;
  const sx = (x: number) => x * camera.zoom + camera.x;
  const sy = (y: number) => y * camera.zoom + camera.y;
  const { xTicks, yTicks, dividers } = plan.axes;
  const box = grownBox(plan, drawn, camera.zoom);
  const grid = plan.kind === 'grid';
  const measureName = (m: Measure) => (m.kind === 'metric' ? t(`metric.${m.name}`) : m.key);
  const wording = (w: PlotWord): string => {
    const text = w.text;
    if ('value' in text) return n(text.value);
    if ('quadrant' in text) return t(`grid.${text.quadrant}`);
    if (text.term === 'tray')
      return t(grid ? 'grid.notAssessed' : 'scatter.noValueCount', { count: n(plan.tray.count) });
    if (grid) return t(text.term === 'x' ? 'grid.interest' : 'grid.influence');
    return measureName(text.term === 'x' ? measures.x : measures.y);
  };
  const words = screenWords(plan, box, camera, cy.width(), wording, measure);
  return (
    <div className="canvas-axes" data-testid="plot-axes" data-plot={plan.kind}>
      <svg aria-hidden="true">
        {xTicks.map((tick) => (
          <line
            key={`gx${tick.value}`}
            className="gridline"
            x1={sx(tick.at)}
            x2={sx(tick.at)}
            y1={sy(box.y1)}
            y2={sy(box.y2)}
          />
        ))}
        {yTicks.map((tick) => (
          <line
            key={`gy${tick.value}`}
            className="gridline"
            x1={sx(box.x1)}
            x2={sx(box.x2)}
            y1={sy(tick.at)}
            y2={sy(tick.at)}
          />
        ))}
        {dividers ? (
          <>
            <line
              className="divider"
              x1={sx(dividers.x)}
              x2={sx(dividers.x)}
              y1={sy(box.y1)}
              y2={sy(box.y2)}
            />
            <line
              className="divider"
              x1={sx(box.x1)}
              x2={sx(box.x2)}
              y1={sy(dividers.y)}
              y2={sy(dividers.y)}
            />
          </>
        ) : null}
        <line className="axis" x1={sx(box.x1)} x2={sx(box.x2)} y1={sy(box.y2)} y2={sy(box.y2)} />
        <line className="axis" x1={sx(box.x1)} x2={sx(box.x1)} y1={sy(box.y1)} y2={sy(box.y2)} />
        {plan.trails.map((trail) => (
          <g key={trail.id} data-trail={trail.id}>
            <polyline
              className="trail"
              points={trail.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')}
            />
            {trail.points.slice(0, -1).map((p, i) => (
              <circle key={i} className="trail-dot" cx={sx(p.x)} cy={sy(p.y)} r={4} />
            ))}
          </g>
        ))}
        {plan.targets.map((target) => (
          <circle
            key={target.id}
            data-target={target.id}
            className="target"
            cx={sx(target.at.x)}
            cy={sy(target.at.y)}
            r={Math.max(10, 26 * camera.zoom)}
          />
        ))}
        {words.map(({ word: w, x, y, text }) => {
          return (
            <text
              key={w.key}
              data-word={w.key}
              className={w.kind}
              x={x}
              y={y}
              textAnchor={w.anchor}
              transform={w.turned ? `rotate(-90 ${x} ${y})` : undefined}
            >
              {text}
            </text>
          );
        })}
      </svg>
    </div>
  );
}
