import type { NodeType } from '../schema/graphFile';
import { NODE_LOOK } from '../theme/palette';
import LegendSwatch from './LegendSwatch';

/** A small SVG of a node type's canvas shape and fill, from the same palette. Decorative. */
export default function TypeIcon({ type, ring }: { type: NodeType; ring?: string }) {
  const { shape, color } = NODE_LOOK[type];
  return <LegendSwatch shape={shape} colour={color} ring={ring} />;
}
