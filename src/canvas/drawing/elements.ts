import { NODE_DRAWING } from '../../graph/labelBox';
import type { ElementDefinition } from 'cytoscape';
import type { Positions } from '../../graph/layoutJob';
import type { GraphEdge, GraphModel, GraphNode } from '../../graph/model';
import type { Bundles } from '../../graph/bundles';
import { clip } from '../../schema/text';
import { formatCount, localizedText, translate, type Lang } from '../../i18n/strings';
import { NO_SECTOR_COLOR, relationColor, sectorColor } from '../../theme/palette';

const LABEL_CHARS = NODE_DRAWING.labelChars;

/** The line colour of a bundle of several kinds of relation. */
const MIXED = '#64748b';

/**
 * The definition made for each record, handed out again while what it was made from holds:
 * records are immutable, so an edit gives new definitions only for what it changed, and the
 * canvas host, comparing by identity, patches only those.
 */
const nodeDefs = new WeakMap<GraphNode, { degree: number; ring: string; def: ElementDefinition }>();
const edgeDefs = new WeakMap<
  GraphEdge,
  { source: string; color: string; width: number | undefined; def: ElementDefinition }
>();

/**
 * All of a graph's elements for Cytoscape, built once per graph. Filtering and highlighting
 * later only toggle classes on them, so this array's identity is what keeps the canvas host
 * from re-diffing elements on every render. Edges sharing both ends are drawn as one bundle.
 */
export function toElements(
  graph: GraphModel,
  degrees: ReadonlyMap<string, number>,
  positions: Positions,
  bundles: Bundles,
  /** The links each node had when the data opened, which decide the end an edge is drawn from. */
  orient: ReadonlyMap<string, number> = degrees,
): ElementDefinition[] {
  const sectorColors = new Map(
    [...graph.sectors.values()].map((s, i) => [s.id, sectorColor(s.color, i)]),
  );
  const relationIndex = new Map([...graph.relations.keys()].map((id, i) => [id, i]));
  const nodes: ElementDefinition[] = graph.nodes.map((n, i) => {
    const degree = degrees.get(n.id) ?? 0;
    const ring = (n.sectors[0] !== undefined && sectorColors.get(n.sectors[0])) || NO_SECTOR_COLOR;
    const kept = nodeDefs.get(n);
    if (kept && kept.degree === degree && kept.ring === ring) return kept.def;
    // Where it is drawn now (the file's place, or the last layout's); else on a golden-angle
    // spiral, so nothing overlaps before the first layout has finished.
    const p = positions.get(n.id);
    const def: ElementDefinition = {
      group: 'nodes',
      position: p
        ? { x: p.x, y: p.y }
        : {
            x: 30 * Math.sqrt(i) * Math.cos(i * 2.39996),
            y: 30 * Math.sqrt(i) * Math.sin(i * 2.39996),
          },
      data: {
        id: n.id,
        // The canvas shows a name's start; the details show it whole.
        en: clip(n.label.en, LABEL_CHARS),
        hi: clip(localizedText(n.label, 'hi'), LABEL_CHARS),
        type: n.type,
        degree,
        ring,
        ...(n.position ? { fx: n.position.x, fy: n.position.y } : {}),
        ...(n.color !== undefined ? { fileColor: n.color } : {}),
        ...(n.size !== undefined ? { fileSize: n.size } : {}),
        ...(n.shape !== undefined ? { fileShape: n.shape } : {}),
      },
      classes: `type-${n.type}`,
    };
    nodeDefs.set(n, { degree, ring, def });
    return def;
  });
  let [low, high] = [Infinity, -Infinity];
  for (const e of graph.edges)
    if (e.weight !== undefined) [low, high] = [Math.min(low, e.weight), Math.max(high, e.weight)];
  // Weight sets the line's width, from 1 to 8 pixels across the file's range.
  const widthOf = (w: number) => (high > low ? 1 + (7 * (w - low)) / (high - low) : 2);
  // Cytoscape finds an edge's siblings by scanning every edge of its source, each time one is
  // added or restyled; drawn from its less connected end, an edge of a hub costs one step, not
  // one per spoke. Arrowheads say the real direction.
  // The counts as the data opened, so an edit does not turn edges round (a redraw of each).
  const ends = (source: string, target: string) =>
    (orient.get(source) ?? 0) > (orient.get(target) ?? 0)
      ? { source: target, target: source, flipped: true }
      : { source, target, flipped: false };
  const arrows = (forward: boolean, backward: boolean) =>
    [forward ? 'arrow-to' : '', backward ? 'arrow-from' : ''].filter(Boolean).join(' ');
  const edges: ElementDefinition[] = [];
  for (const e of graph.edges) {
    if (bundles.of.has(e.id)) continue;
    const drawn = ends(e.source, e.target);
    const color = relationColor(relationIndex.get(e.relation) ?? 0);
    const width = e.weight !== undefined ? widthOf(e.weight) : undefined;
    const kept = edgeDefs.get(e);
    if (kept && kept.source === drawn.source && kept.color === color && kept.width === width) {
      edges.push(kept.def);
      continue;
    }
    const directed = e.directed !== false;
    const def: ElementDefinition = {
      group: 'edges',
      data: {
        id: e.id,
        source: drawn.source,
        target: drawn.target,
        en: e.label.en,
        hi: localizedText(e.label, 'hi'),
        relation: e.relation,
        color,
        ...(width !== undefined ? { width } : {}),
      },
      classes: arrows(directed && !drawn.flipped, directed && drawn.flipped),
    };
    edgeDefs.set(e, { source: drawn.source, color, width, def });
    edges.push(def);
  }
  for (const [id, members] of bundles.members) {
    const list = members.flatMap((m) => graph.edgeById.get(m) ?? []);
    const first = list[0];
    if (!first) continue;
    const drawn = ends(first.source, first.target);
    const forward = list.some((e) => e.directed !== false && e.source === drawn.source);
    const backward = list.some((e) => e.directed !== false && e.source !== drawn.source);
    // A bundle of one relation says it and how many; a mixed one says how many relations.
    const relations = new Set(list.map((e) => e.relation));
    const labels = new Set(list.map((e) => `${e.label.en}\u0000${e.label.hi}`));
    const label = (lang: Lang) =>
      labels.size === 1
        ? `${lang === 'en' ? first.label.en : localizedText(first.label, 'hi')} (×${formatCount(lang, list.length)})`
        : translate(lang, 'canvas.bundle', { count: formatCount(lang, list.length) });
    edges.push({
      group: 'edges',
      data: {
        id,
        source: drawn.source,
        target: drawn.target,
        en: label('en'),
        hi: label('hi'),
        relation: first.relation,
        color: relations.size === 1 ? relationColor(relationIndex.get(first.relation) ?? 0) : MIXED,
        bundle: list.length,
      },
      classes: `parallel ${arrows(forward, backward)}`,
    });
  }
  return [...nodes, ...edges];
}
