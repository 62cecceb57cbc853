import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import CytoscapeComponent, { type CytoscapeComponentProps } from 'react-cytoscapejs';

/** Options Cytoscape reads only when an instance is created; a change needs a new instance. */
export type CreateOptions = Omit<CytoscapeOptions, 'container' | 'elements' | 'style'> & {
  /** Cytoscape's renderer choice, e.g. its WebGL mode (not in the published typings). */
  renderer?: { name: 'canvas'; webgl?: boolean };
};

interface HostProps extends CytoscapeComponentProps {
  options: CreateOptions;
  onCy: (cy: Core | null) => void;
}

const fill = { width: '100%', height: '100%' };

/**
 * Whether a value changed between two renders, for react-cytoscapejs's patch. The elements and
 * the stylesheet are compared by identity, so a render that made neither anew visits nothing,
 * and an element whose definition is the same object is left alone. A definition made again
 * keeps its element untouched where its data, place and classes are the same in value: an edit
 * restyles what it changed, and a place only the canvas knows (a node dragged, a layout not yet
 * kept) stays unless the data moved it.
 */
export function changed(a: unknown, b: unknown): boolean {
  if (a === b) return false;
  if (!isRecord(a) || !isRecord(b) || Array.isArray(a) || Array.isArray(b)) return true;
  const keys = Object.keys(a);
  return (
    keys.length !== Object.keys(b).length ||
    keys.some((k) => Reflect.get(a, k) !== Reflect.get(b, k))
  );
}

const isRecord = (x: unknown): x is object => typeof x === 'object' && x !== null;

/**
 * The design card's react-cytoscapejs, created with every option Cytoscape takes (the component
 * passes a fixed list, without the renderer that fast drawing needs) and patched by the
 * component itself. Each instance is handed to `onCy` once as it is made, and null as it goes.
 */
export default class CytoscapeHost extends CytoscapeComponent<HostProps> {
  static override defaultProps = { ...CytoscapeComponent.defaultProps, diff: changed, style: fill };

  override componentDidMount(): void {
    this._cy = cytoscape({ ...this.props.options, container: this.containerRef.current });
    this.updateCytoscape(null, this.props);
    this.props.onCy(this._cy);
  }

  override componentWillUnmount(): void {
    this.props.onCy(null);
    super.componentWillUnmount?.();
  }
}
