import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Core, LayoutOptions } from 'cytoscape';
import type { VisibleSet } from '../../graph/filters';
import {
  layoutJob,
  positionsFrom,
  positionsOf,
  type NodeTraits,
  type Point,
  type Positions,
} from '../../graph/layoutJob';
import type { GraphModel } from '../../graph/model';
import { isPlot, type LayoutName } from '../../graph/view';
import type { Plot } from '../axes/usePlot';
import { fitCamera, fitTo, frameOf, setFitExtent, showFrame, shownForFit } from '../camera/camera';
import { layerElements } from '../highlight/layer';
import { ANIMATE_UP_TO, placeOptions, type LayoutState } from '../layouts';
import { runInWorker } from './layoutRunner';

/** What the canvas says about its layout: the state, how far a worker layout has got, a stop. */
export interface LayoutStatus {
  readonly state: LayoutState;
  /** 0..1 while the worker computes; null when no computation is under way. */
  readonly progress: number | null;
  readonly cancel: () => void;
}

interface Inputs {
  readonly graph: GraphModel;
  readonly shown: VisibleSet;
  readonly degrees: ReadonlyMap<string, number>;
  readonly onPlaced: (placed: Positions) => void;
  readonly onFailed: () => void;
  /** What the geometric layouts need of each node, read when a layout starts. */
  readonly traits: (layout: LayoutName) => NodeTraits;
  /** The selected node, which a new picture frames with its neighbours; null: the whole. */
  readonly focus: () => string | null;
  /** A plot's places: the drawing only, never the data (a plot is a view of values). */
  readonly onArranged: (placed: Positions) => void;
  /** The view shows the whole picture (the user has not moved the camera since it was fitted). */
  readonly fitted: () => boolean;
}

let jobs = 0;
/** Milliseconds a layout may take before it shows its progress. */
const SHOW_PROGRESS_AFTER = 300;

/** Moves nodes to their places and reports when they are there (after any glide). */
function place(cy: Core, placed: Positions, done: () => void, fit = true): void {
  // A graph opened as drawn already stands where it should; moving every node to where it is
  // would still restyle all their edges, seconds at 20,000 nodes.
  const moving = [...placed].filter(([id, p]) => {
    const now = cy.getElementById(id);
    return now.nonempty() && (now.position('x') !== p.x || now.position('y') !== p.y);
  });
  const visible = cy.nodes().not('.hidden');
  if (moving.length > 0 && visible.length <= ANIMATE_UP_TO) {
    const layout = cy.nodes().layout({
      ...placeOptions((id) => placed.get(id), true),
      fit,
    } as LayoutOptions);
    layout.one('layoutstop', done);
    layout.run();
    return;
  }
  // Thousands of nodes jump: one batch, one redraw.
  cy.batch(() => {
    for (const [id, p] of moving) cy.getElementById(id).position({ x: p.x, y: p.y });
  });
  if (fit) fitTo(cy, shownForFit(cy));
  done();
}

/**
 * After a new layout: a selected node stays in view, framed with its shown neighbours (no
 * closer than zoom 1), so the user sees at once where it went.
 */
function keepInView(cy: Core, selected: string | null): void {
  if (!selected || cy.destroyed()) return;
  const node = cy.getElementById(selected);
  if (node.empty() || node.hasClass('hidden')) return;
  // The neighbourhood at the depth the user chose, as highlighted, not just the next hop.
  const near = node.union(layerElements(cy, 'near').nodes()).not('.hidden');
  const camera = fitCamera(cy, near);
  if (!camera) return;
  // The neighbourhood's middle, no closer than zoom 1.
  const frame = frameOf(cy, camera);
  showFrame(cy, { ...frame, zoom: Math.min(frame.zoom, 1) });
}

/**
 * Lays the graph out when, and only when, a layout is asked for: a new graph, another layout,
 * or "re-run". Filters, focus and language never move a node. Computed layouts run in a
 * worker, so the page stays usable; the same graph gets the same picture (seeded), and
 * "re-run" tries another seed. Finished positions go to the store.
 */
export function useLayout(
  cy: Core | null,
  layout: LayoutName,
  layoutSeq: number,
  inputs: Inputs,
  /** A plot's plan: a new one (an assessment made, the timeline moved) places nodes again. */
  plot: Plot | null = null,
): LayoutStatus {
  const plan = plot?.plan ?? null;
  const extent = plot?.extent ?? null;
  const latest = useRef(inputs);
  // Layout effects run before effects, so a request always reads this render's inputs.
  useLayoutEffect(() => {
    latest.current = inputs;
  });
  // Which request has finished: any newer one is running from the render that asks for it,
  // so no one reads "idle" between a request and the effect that starts it.
  // A plot's new plan is a request of its own: the canvas says it is running until its nodes
  // have glided to their new places.
  const [plans, setPlans] = useState({ plan, seq: 0 });
  const planSeq = plans.plan === plan ? plans.seq : plans.seq + 1;
  if (plans.plan !== plan) setPlans({ plan, seq: planSeq });
  const request = `${layout}#${layoutSeq}#${planSeq}`;
  const [settled, setSettled] = useState<string | null>(null);
  const [reported, setReported] = useState<{ request: string; done: number } | null>(null);
  const cancelRef = useRef<() => void>(() => undefined);
  const previous = useRef<{ graph: GraphModel; layout: LayoutName; seq: number } | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    // A plot's code is on its way (see usePlot): the canvas stays busy until its plan comes,
    // and that is when the plot is first drawn (and fitted).
    if (isPlot(layout) && !plan) return;
    const { graph, shown, degrees, onPlaced, onFailed, traits, focus } = latest.current;
    const last = previous.current;
    const rerun = last?.graph === graph && last.layout === layout && last.seq !== layoutSeq;
    // The same plot with new values glides its nodes to their new places, the camera kept.
    const replot = last?.layout === layout && last.seq === layoutSeq;
    previous.current = { graph, layout, seq: layoutSeq };
    let live = true;
    const mine = `${layout}#${layoutSeq}#${planSeq}`;
    const finish = () => {
      if (live) setSettled(mine);
    };
    setFitExtent(cy, extent);
    if (shown.nodes.size === 0) {
      finish();
      return;
    }
    if (isPlot(layout)) {
      if (!plan) return;
      // Fitted by us, not by Cytoscape's own fit, so the axes and their words are in view too.
      place(
        cy,
        plan.positions,
        () => {
          // A new plan (metrics arriving, an assessment) keeps a camera the user moved.
          if ((!replot || latest.current.fitted()) && !cy.destroyed()) fitTo(cy, shownForFit(cy));
          finish();
        },
        false,
      );
      latest.current.onArranged(plan.positions);
      return () => {
        live = false;
      };
    }
    if (layout === 'preset') {
      const drawn = positionsOf(graph);
      place(cy, drawn, () => {
        // A graph opening as drawn is shown whole; a switch back to it keeps the selection.
        if (last?.graph === graph) keepInView(cy, focus());
        finish();
      });
      onPlaced(drawn);
      return () => {
        live = false;
      };
    }
    // A new graph is shown whole at its provisional places while the worker computes.
    if (last?.graph !== graph) fitTo(cy, shownForFit(cy));
    const now = (id: string): Point => cy.getElementById(id).position();
    const seed = rerun ? layoutSeq + 1 : 1;
    const job = layoutJob(++jobs, layout, graph, shown, now, degrees, true, seed, traits(layout));
    const ids = job.ids;
    // A layout that ends within a moment shows no progress at all, rather than a flash of it.
    const slow = setTimeout(() => {
      if (live) setReported((r) => (r?.request === mine ? r : { request: mine, done: 0 }));
    }, SHOW_PROGRESS_AFTER);
    const running = runInWorker(job, (done) => {
      if (live) setReported((r) => (r?.request === mine ? { request: mine, done } : r));
    });
    cancelRef.current = () => {
      running.cancel();
      finish();
    };
    running.result.then(
      (xy) => {
        if (!live || !xy || cy.destroyed()) return;
        const placed = positionsFrom(ids, xy);
        place(cy, placed, () => {
          keepInView(cy, focus());
          finish();
        });
        onPlaced(placed);
      },
      () => {
        if (!live) return;
        finish();
        onFailed();
      },
    );
    return () => {
      live = false;
      clearTimeout(slow);
      running.cancel();
    };
    // Runs on a layout request (or a plot's new plan) only; the graph and what is shown are
    // read at that moment.
  }, [cy, layout, layoutSeq, plan, planSeq, extent]);

  const cancel = useCallback(() => cancelRef.current(), []);
  const state: LayoutState = settled === request ? 'idle' : 'running';
  const progress = state === 'running' && reported?.request === request ? reported.done : null;
  return { state, progress, cancel };
}
