// react-cytoscapejs 2.0.0 ships no typings; this declares what the canvas uses of it.
declare module 'react-cytoscapejs' {
  import type { Component, CSSProperties, RefObject } from 'react';
  import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';

  export interface CytoscapeComponentProps {
    elements: readonly ElementDefinition[];
    stylesheet: StylesheetJson;
    /** Whether a value changed between two renders: what the patch visits and applies. */
    diff?: (a: unknown, b: unknown) => boolean;
    style?: CSSProperties;
  }

  /** One Cytoscape instance in a div, patched from each render's props. */
  export default class CytoscapeComponent<
    P extends CytoscapeComponentProps = CytoscapeComponentProps,
  > extends Component<P> {
    /** The patch's helpers (get, toJson, forEach, diff) and the first zoom and pan. */
    static readonly defaultProps: Readonly<Record<string, unknown>>;
    /** The div Cytoscape draws in. */
    protected containerRef: RefObject<HTMLDivElement | null>;
    /** The instance, made in componentDidMount and destroyed as the component unmounts. */
    protected _cy: Core;
    /** Patches the instance from the last props (null on creation) to these. */
    protected updateCytoscape(previous: P | null, next: P): void;
  }
}
