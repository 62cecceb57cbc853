import { useEffect, useMemo, useState } from 'react';
import type { ScatterPlan } from '../../graph/scatter';
import { isPlot } from '../../graph/view';
import { withFeatureText } from '../../i18n/featureText';
import { useApp } from '../../store/store';
import type { AppState } from '../../store/types';
import type { plotExtent } from './plotGeometry';

type FitExtent = ReturnType<typeof plotExtent>;

/** A plot layout's plan, and the room its axes and words need around it when fitted. */
export interface Plot {
  readonly plan: ScatterPlan;
  readonly extent: FitExtent;
}

interface PlotCode {
  readonly selectPlan: (s: AppState) => ScatterPlan | null;
  readonly plotExtent: (plan: ScatterPlan) => FitExtent;
}

let loaded: PlotCode | null = null;
const loadPlotCode = (): Promise<PlotCode> =>
  withFeatureText(Promise.all([import('../../store/planDerived'), import('./plotGeometry')])).then(
    ([{ selectPlan }, { plotExtent }]) => (loaded = { selectPlan, plotExtent }),
  );
const noPlan = (): null => null;

/**
 * The plot layouts' plan (see selectPlan), whose code is fetched when a plot is first chosen:
 * most visits never choose one. Null for any other layout, and while that code is on its way
 * (the layout waits for it); `onFailed` when it cannot be fetched.
 */
export function usePlot(onFailed: () => void): Plot | null {
  const plot = useApp((s) => isPlot(s.layout));
  const [code, setCode] = useState(loaded);
  useEffect(() => {
    if (!plot || code) return;
    let live = true;
    loadPlotCode().then(
      (arrived) => {
        if (live) setCode(arrived);
      },
      () => {
        if (live) onFailed();
      },
    );
    return () => {
      live = false;
    };
  }, [plot, code, onFailed]);
  const plan = useApp(code?.selectPlan ?? noPlan);
  return useMemo(
    () => (plan && code ? { plan, extent: code.plotExtent(plan) } : null),
    [plan, code],
  );
}
