import { lazy, Suspense, type ComponentProps } from 'react';
import { useApp } from '../../store/store';
import { withFeatureText } from '../../i18n/featureText';

// The editing interface loads the first time the user turns editing on: most visits only look.
const LazyBar = lazy(() => withFeatureText(import('./EditBar')));
const LazySheet = lazy(() => withFeatureText(import('./EditSheet')));
const LazyNodeEditor = lazy(() => withFeatureText(import('./NodeEditor')));
const LazyEdgeEditor = lazy(() => withFeatureText(import('./EdgeEditor')));

/**
 * The editing tools above the canvas, while editing. Their place is held while their code
 * arrives, so the canvas does not move under a pointer about to drag.
 */
export function EditBar() {
  const editing = useApp((s) => s.editing);
  return editing ? (
    <Suspense fallback={<BarPlace />}>
      <LazyBar />
    </Suspense>
  ) : null;
}

/** The open editing form or list, when there is one. */
export function EditSheet() {
  const open = useApp((s) => s.editForm !== null);
  return open ? (
    <Suspense fallback={null}>
      <LazySheet />
    </Suspense>
  ) : null;
}

/** A node's fields to edit in place, in its details. */
export function NodeEditor(props: ComponentProps<typeof LazyNodeEditor>) {
  return (
    <Suspense fallback={null}>
      <LazyNodeEditor {...props} />
    </Suspense>
  );
}

/** A relationship's fields to edit in place, in its details. */
export function EdgeEditor(props: ComponentProps<typeof LazyEdgeEditor>) {
  return (
    <Suspense fallback={null}>
      <LazyEdgeEditor {...props} />
    </Suspense>
  );
}

/** An empty bar one button high, as tall as the tools it stands for. */
function BarPlace() {
  return (
    <div className="edit-bar" aria-hidden="true">
      <button type="button" tabIndex={-1} disabled style={{ visibility: 'hidden' }}>
        &nbsp;
      </button>
    </div>
  );
}

const LazyAssessmentEditor = lazy(() => withFeatureText(import('./AssessmentEditor')));

/** Recording where a node stands, and its target, in its details. */
export function AssessmentEditor(props: ComponentProps<typeof LazyAssessmentEditor>) {
  return (
    <Suspense fallback={null}>
      <LazyAssessmentEditor {...props} />
    </Suspense>
  );
}
