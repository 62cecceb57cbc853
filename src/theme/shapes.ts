import type { NodeShape } from './palette';

/** Outlines of the polygonal node shapes in a 16 × 16 box: legend icons and exported legends. */
export const SHAPE_POINTS: Partial<Record<NodeShape, string>> = {
  diamond: '8,1 15,8 8,15 1,8',
  triangle: '8,1 15,15 1,15',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  'round-tag': '1,3 11,3 15,8 11,13 1,13',
  hexagon: '4,1.5 12,1.5 15,8 12,14.5 4,14.5 1,8',
};
