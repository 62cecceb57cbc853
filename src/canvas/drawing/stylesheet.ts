import { STANCES } from '../../schema/graphFile';
import { STANCE_COLOURS } from '../../theme/palette';
import type { StylesheetJson } from 'cytoscape';
import type { Lang } from '../../i18n/strings';
import { NODE_DRAWING as D } from '../../graph/labelBox';
import { NODE_SHAPES, NODE_TYPES } from '../../schema/graphFile';
import { NODE_LOOK } from '../../theme/palette';
import { MIN_DRAWN_PX } from '../labels/labelGrid';

const FONT = '"Noto Sans", "Noto Sans Devanagari", "Nirmala UI", "Mangal", system-ui, sans-serif';

/**
 * The canvas stylesheet for a language. Shapes and fills come from {@link NODE_LOOK}, the same
 * table the legend draws, so the two cannot drift apart. Labels read `data(en)` or `data(hi)`.
 * `haystack` draws a big graph's edges as Cytoscape's haystack lines: about a quarter of the
 * style and geometry work of straight ones, without arrowheads, which the highlight layer (drawn
 * with straight edges) shows for what the user is looking at.
 */
export function buildStylesheet(
  lang: Lang,
  maxDegree: number,
  fileLook: boolean,
  haystack = false,
): StylesheetJson {
  const label = `data(${lang})`;
  return [
    {
      selector: 'node',
      style: {
        label,
        'font-family': FONT,
        // 12 px at zoom 1, and the shipped picture fits at zoom 1 or more: labels read at 12 px.
        'font-size': D.fontSize,
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-margin-y': D.labelMargin,
        'text-wrap': 'wrap',
        'text-max-width': `${D.labelWidth}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_DRAWN_PX,
        width: `mapData(degree, 0, ${Math.max(maxDegree, 1)}, ${D.minSize}, ${D.maxSize})`,
        height: `mapData(degree, 0, ${Math.max(maxDegree, 1)}, ${D.minSize}, ${D.maxSize})`,
        'border-width': 3,
      },
    },
    // Data mappings only where the data is: the lines and nodes of a gesture have none.
    { selector: 'node[ring]', style: { 'border-color': 'data(ring)' } },
    ...NODE_TYPES.map((type) => ({
      selector: `node.type-${type}`,
      style: { shape: NODE_LOOK[type].shape, 'background-color': NODE_LOOK[type].color },
    })),
    {
      selector: 'node.type-meeting',
      style: {
        width: D.meetingSize,
        height: D.meetingSize,
        'border-width': 6,
        'border-style': 'double',
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'arrow-scale': 0.9,
        // Straight lines: a bezier edge looks up its parallel siblings whenever it is drawn,
        // which costs seconds on big graphs (parallel edges are drawn as one bundle anyway).
        'curve-style': haystack ? 'haystack' : 'straight',
        ...(haystack ? { 'haystack-radius': 0 } : {}),
        opacity: 0.75,
        'font-family': FONT,
        'font-size': 10,
        color: '#1e293b',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'edge[color]',
      style: {
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'source-arrow-color': 'data(color)',
      },
    },
    {
      selector: 'edge.parallel',
      style: { 'curve-style': 'straight', width: 'mapData(bundle, 2, 20, 3, 10)' },
    },
    { selector: 'edge[width]', style: { width: 'data(width)' } },
    // A loop can only be drawn as a curve.
    { selector: 'edge:loop', style: { 'curve-style': 'bezier' } },
    // Arrowheads by class: an edge may be drawn from its target's end (see elements.ts).
    { selector: 'edge.arrow-to', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge.arrow-from', style: { 'source-arrow-shape': 'triangle' } },
    // The file's own look, when the user keeps it: its fill and its size (in its own units,
    // kept within what stays legible and clickable).
    ...(fileLook
      ? [
          { selector: 'node[fileColor]', style: { 'background-color': 'data(fileColor)' } },
          ...NODE_SHAPES.map((shape) => ({
            selector: `node[fileShape = "${shape}"]`,
            style: { shape },
          })),
          {
            selector: 'node[fileSize]',
            style: {
              width: 'mapData(fileSize, 0, 100, 12, 80)',
              height: 'mapData(fileSize, 0, 100, 12, 80)',
            },
          },
        ]
      : []),
    // The look the user chose (colour or size by an attribute or metric) wins over the file's.
    { selector: 'node[appColour]', style: { 'background-color': 'data(appColour)' } },
    { selector: 'node[appSize]', style: { width: 'data(appSize)', height: 'data(appSize)' } },
    // The power–interest grid fills its nodes by stance, over any other colouring.
    ...STANCES.map((stance) => ({
      selector: `node.stance-${stance}`,
      style: { 'background-color': STANCE_COLOURS[stance] },
    })),
    {
      selector: 'edge.show-label, edge.hover',
      style: { label, opacity: 1, width: 3, 'z-index': 10 },
    },
    { selector: '.hidden', style: { display: 'none' } },
    // Not there as of the date the timeline is set to: a ghost, behind a fade.
    { selector: '.then-absent', style: { opacity: 0.22, 'text-opacity': 0.4 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: 'node.highlighted', style: { opacity: 1 } },
    { selector: 'edge.highlighted', style: { opacity: 1 } },
    {
      selector: 'edge.on-path',
      style: {
        label,
        opacity: 1,
        width: 5,
        'line-color': '#d97706',
        'target-arrow-color': '#d97706',
        'source-arrow-color': '#d97706',
        'z-index': 15,
      },
    },
    { selector: 'node.on-path', style: { 'border-color': '#d97706', 'border-width': 5 } },
    // The other paths found: drawn, but faint beside the one chosen.
    {
      selector: 'edge.on-path-faint',
      style: {
        opacity: 0.5,
        width: 3,
        'line-color': '#fbbf24',
        'target-arrow-color': '#fbbf24',
        'source-arrow-color': '#fbbf24',
        'z-index': 12,
      },
    },
    { selector: 'node.on-path-faint', style: { 'border-color': '#fbbf24', 'border-width': 4 } },
    {
      selector: 'node.selected',
      style: {
        'overlay-color': '#facc15',
        'overlay-opacity': 0.35,
        'overlay-padding': 8,
        'z-index': 20,
      },
    },
    {
      selector: 'edge.selected',
      style: { width: 5, 'overlay-color': '#facc15', 'overlay-opacity': 0.35, label },
    },
    // Nodes picked for a bulk edit: a dashed ring, unlike the selection's glow.
    {
      selector: 'node.picked',
      style: { 'border-width': 5, 'border-color': '#7c3aed', 'border-style': 'dashed' },
    },
    // The line drawn from node to node while "Draw links" is on.
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: {
        'line-color': '#7c3aed',
        'target-arrow-color': '#7c3aed',
        'target-arrow-shape': 'triangle',
        width: 3,
        'line-style': 'dashed',
      },
    },
    { selector: '.eh-ghost-node', style: { opacity: 0, width: 1, height: 1, label: '' } },
    {
      selector: 'node.eh-hover, node.eh-source',
      style: { 'border-width': 5, 'border-color': '#7c3aed' },
    },
    // Labels the label grid holds back while the zoom would draw them too small to read.
    { selector: 'node.label-quiet', style: { 'text-opacity': 0 } },
    // A selection's edge label with no clear place (see edgeLabels.ts) shows on hover only.
    { selector: 'edge.label-hidden', style: { label: '' } },
    { selector: 'edge.label-hidden.hover', style: { label } },
    // The keyboard walk's cursor: the neighbour just announced and the edge to it.
    {
      selector: 'node.walk-cursor',
      style: {
        'overlay-color': '#1d4ed8',
        'overlay-opacity': 0.3,
        'overlay-padding': 10,
        'z-index': 20,
        opacity: 1,
      },
    },
    {
      selector: 'edge.walk-cursor',
      style: { width: 5, 'line-color': '#1d4ed8', 'target-arrow-color': '#1d4ed8', label },
    },
  ];
}
