import type { NodeType } from '../../schema/graphFile';
import { NUMERIC_METRICS, type NumericMetric } from './metricNames';

/** A number per node: a metric, or a numeric attribute of the file. */
export type Measure =
  | { readonly kind: 'metric'; readonly name: NumericMetric }
  | { readonly kind: 'attribute'; readonly key: string };

/** What colours the nodes: a category (type is the default look), or a measure on a scale. */
export type ColourBy =
  | { readonly kind: 'sector' }
  | { readonly kind: 'community' }
  | { readonly kind: 'category'; readonly key: string }
  | Measure;

/** The groups broker roles are counted between. */
export type GroupBy =
  | { readonly kind: 'type' }
  | { readonly kind: 'sector' }
  | { readonly kind: 'community' }
  | { readonly kind: 'category'; readonly key: string };

/** Node size and colour chosen by the user; null is the default look. */
export interface Appearance {
  readonly size: Measure | null;
  readonly colour: ColourBy | null;
}

export const DEFAULT_APPEARANCE: Appearance = Object.freeze({ size: null, colour: null });

/** "How is A linked to B?" */
export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly directed: boolean;
  /** Types a path may not pass through. */
  readonly avoid: ReadonlySet<NodeType>;
}

/** A range of a measure that nodes must lie in (ends included). */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * Writes a measure, colouring or grouping as one token (`metric:betweenness`,
 * `attribute:budget`, `community`): the URL, the store's maps and the controls use the same.
 */
export function tokenOf(choice: ColourBy | GroupBy | { readonly kind: 'type' }): string {
  switch (choice.kind) {
    case 'metric':
      return `metric:${choice.name}`;
    case 'attribute':
      return `attribute:${choice.key}`;
    case 'category':
      return `category:${choice.key}`;
    default:
      return choice.kind;
  }
}

/** Reads a measure token; null when it is not one. */
export function measureFrom(token: string): Measure | null {
  if (token.startsWith('metric:')) {
    const name = NUMERIC_METRICS.find((m) => `metric:${m}` === token);
    return name ? { kind: 'metric', name } : null;
  }
  if (token.startsWith('attribute:') && token.length > 10)
    return { kind: 'attribute', key: token.slice(10) };
  return null;
}

/** Reads a colouring token; null when it is not one. */
export function colourFrom(token: string): ColourBy | null {
  if (token === 'sector' || token === 'community') return { kind: token };
  if (token.startsWith('category:') && token.length > 9)
    return { kind: 'category', key: token.slice(9) };
  return measureFrom(token);
}

/** Reads a grouping token; null when it is not one. */
export function groupFrom(token: string): GroupBy | null {
  if (token === 'type' || token === 'sector' || token === 'community') return { kind: token };
  if (token.startsWith('category:') && token.length > 9)
    return { kind: 'category', key: token.slice(9) };
  return null;
}
