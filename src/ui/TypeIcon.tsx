import type { NodeType } from '../schema/graphFile';
import { NODE_LOOK, type NodeShape } from '../theme/palette';

const POINTS: Partial<Record<NodeShape, string>> = {
  diamond: '8,1 15,8 8,15 1,8',
  triangle: '8,1 15,15 1,15',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  'round-tag': '1,3 11,3 15,8 11,13 1,13',
  hexagon: '4,1.5 12,1.5 15,8 12,14.5 4,14.5 1,8',
};

/** A small SVG of a node type's canvas shape and fill, from the same palette. Decorative. */
export default function TypeIcon({ type, ring }: { type: NodeType; ring?: string }) {
  const { shape, color } = NODE_LOOK[type];
  const stroke = ring ?? '#ffffff';
  const points = POINTS[shape];
  return (
    <svg
      className="type-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {points ? (
        <polygon points={points} fill={color} stroke={stroke} strokeWidth="1.5" />
      ) : shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="6.5" fill={color} stroke={stroke} strokeWidth="1.5" />
      ) : (
        <rect
          x="1.5"
          y="2.5"
          width="13"
          height="11"
          rx={shape === 'rectangle' ? 0 : 3}
          fill={color}
          stroke={stroke}
          strokeWidth="1.5"
        />
      )}
    </svg>
  );
}
