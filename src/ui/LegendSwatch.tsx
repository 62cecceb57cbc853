import type { NodeShape } from '../theme/palette';
import { SHAPE_POINTS } from '../theme/shapes';

/** A legend swatch: a node shape in its fill, a square of colour or an edge's stroke. Decorative. */
export default function LegendSwatch({
  shape,
  colour,
  ring = '#ffffff',
}: {
  shape: NodeShape | 'swatch' | 'line';
  colour: string;
  /** The outline: a node's sector colour, or white. */
  ring?: string;
}) {
  const points = shape === 'swatch' || shape === 'line' ? undefined : SHAPE_POINTS[shape];
  return (
    <svg
      className="type-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {shape === 'line' ? (
        <line x1="1" y1="8" x2="15" y2="8" stroke={colour} strokeWidth="3" />
      ) : points ? (
        <polygon points={points} fill={colour} stroke={ring} strokeWidth="1.5" />
      ) : shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="6.5" fill={colour} stroke={ring} strokeWidth="1.5" />
      ) : (
        <rect
          x="1.5"
          y="2.5"
          width="13"
          height="11"
          rx={shape === 'rectangle' || shape === 'swatch' ? 0 : 3}
          fill={colour}
          stroke={ring}
          strokeWidth="1.5"
        />
      )}
    </svg>
  );
}
