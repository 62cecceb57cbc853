import type { NodeType } from '../schema/graphFile';

/** Cytoscape node shapes used here; the legend draws the same ones in SVG. */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'diamond'
  | 'round-tag'
  | 'triangle'
  | 'octagon'
  | 'barrel'
  | 'hexagon';

export interface NodeLook {
  readonly shape: NodeShape;
  readonly color: string;
}

/** One look per node type: the single source for the canvas stylesheet and the legend. */
export const NODE_LOOK: Readonly<Record<NodeType, NodeLook>> = {
  person: { shape: 'ellipse', color: '#ea580c' },
  government: { shape: 'round-rectangle', color: '#4338ca' },
  organisation: { shape: 'rectangle', color: '#0e7490' },
  meeting: { shape: 'diamond', color: '#dc2626' },
  topic: { shape: 'round-tag', color: '#4d7c0f' },
  place: { shape: 'triangle', color: '#a16207' },
  country: { shape: 'octagon', color: '#be185d' },
  document: { shape: 'barrel', color: '#475569' },
  other: { shape: 'hexagon', color: '#78716c' },
};

/** Colour of a sector without its own colour in the data, by its position in the file. */
const SECTOR_FALLBACK = [
  '#0f766e',
  '#9333ea',
  '#b45309',
  '#1d4ed8',
  '#be123c',
  '#15803d',
  '#7c2d12',
  '#334155',
];

/** Distinct colours for relation types, assigned by their order in the file. */
const RELATION_COLORS = [
  '#64748b',
  '#2563eb',
  '#16a34a',
  '#d97706',
  '#9333ea',
  '#dc2626',
  '#0891b2',
  '#65a30d',
  '#c026d3',
  '#ea580c',
  '#0d9488',
  '#4f46e5',
  '#b91c1c',
  '#a16207',
  '#15803d',
  '#7c3aed',
];

/** The colour for the sector at `index` when it declares none. */
export function sectorColor(declared: string | undefined, index: number): string {
  return declared ?? SECTOR_FALLBACK[index % SECTOR_FALLBACK.length]!;
}

/** The colour for the relation type at `index` in the file's `relations`. */
export function relationColor(index: number): string {
  return RELATION_COLORS[index % RELATION_COLORS.length]!;
}

/** Colour of nodes that belong to no sector (their border). */
export const NO_SECTOR_COLOR = '#cbd5e1';

/** A stakeholder's stance as the power–interest grid fills it: green for, red against. */
export const STANCE_COLOURS = {
  supportive: '#15803d',
  neutral: '#ca8a04',
  opposed: '#b91c1c',
  unknown: '#64748b',
} as const;
