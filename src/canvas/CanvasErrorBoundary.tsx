import { Component, type ReactNode } from 'react';
import { markCanvasDrawn } from './port';

interface Props {
  readonly message: string;
  readonly retryLabel: string;
  readonly children: ReactNode;
}

/** Shows a message instead of a blank page if drawing the graph throws; lists keep working. */
export default class CanvasErrorBoundary extends Component<
  Props,
  { failed: boolean; attempt: number }
> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Graph canvas failed', error);
    // What waits for the first picture (the node list, the analysis) need not wait for one
    // that will not come.
    markCanvasDrawn();
  }

  override render() {
    if (!this.state.failed)
      return (
        <div key={this.state.attempt} className="canvas-wrap">
          {this.props.children}
        </div>
      );
    return (
      <div className="canvas-error" role="alert">
        <p>{this.props.message}</p>
        <button
          type="button"
          onClick={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))}
        >
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
