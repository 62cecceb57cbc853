import type { ElementDefinition } from 'cytoscape';
import type { Positions } from '../graph/layoutJob';
import type { GraphModel } from '../graph/model';
import { localizedText } from '../i18n/strings';
import { NO_SECTOR_COLOR, relationColor, sectorColor } from '../theme/palette';

/**
 * All of a graph's elements for Cytoscape, built once per graph. Filtering and highlighting
 * later only toggle classes on them, so this array's identity is what keeps the canvas host
 * from re-diffing elements on every render.
 */
export function toElements(
  graph: GraphModel,
  degrees: ReadonlyMap<string, number>,
  positions: Positions,
): ElementDefinition[] {
  const sectorColors = new Map(
    [...graph.sectors.values()].map((s, i) => [s.id, sectorColor(s.color, i)]),
  );
  const relationIndex = new Map([...graph.relations.keys()].map((id, i) => [id, i]));
  const nodes: ElementDefinition[] = graph.nodes.map((n, i) => {
    // Where it is drawn now (the file's place, or the last layout's); else on a golden-angle
    // spiral, so nothing overlaps before the first layout has finished.
    const p = positions.get(n.id);
    return {
      group: 'nodes',
      position: p
        ? { x: p.x, y: p.y }
        : {
            x: 30 * Math.sqrt(i) * Math.cos(i * 2.39996),
            y: 30 * Math.sqrt(i) * Math.sin(i * 2.39996),
          },
      data: {
        id: n.id,
        en: n.label.en,
        hi: localizedText(n.label, 'hi'),
        type: n.type,
        degree: degrees.get(n.id) ?? 0,
        ring: (n.sectors[0] !== undefined && sectorColors.get(n.sectors[0])) || NO_SECTOR_COLOR,
        ...(n.position ? { fx: n.position.x, fy: n.position.y } : {}),
        ...(n.color !== undefined ? { fileColor: n.color } : {}),
        ...(n.size !== undefined ? { fileSize: n.size } : {}),
      },
      classes: `type-${n.type}`,
    };
  });
  const weights = graph.edges.flatMap((e) => (e.weight === undefined ? [] : [e.weight]));
  const [low, high] = [Math.min(...weights), Math.max(...weights)];
  // Weight sets the line's width, from 1 to 8 pixels across the file's range.
  const widthOf = (w: number) => (high > low ? 1 + (7 * (w - low)) / (high - low) : 2);
  // Edges between the same two nodes are drawn as one bundle: straight lines on top of each
  // other, the bundle as wide as it is many. (Curved parallel edges make Cytoscape recompute
  // every sibling's geometry on each change, which freezes the page on multigraphs.)
  const pair = (e: { source: string; target: string }) =>
    e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
  const bundles = new Map<string, number>();
  for (const e of graph.edges) bundles.set(pair(e), (bundles.get(pair(e)) ?? 0) + 1);
  // A bundle's label says how many it holds, since its lines lie on top of each other.
  const many = (e: { source: string; target: string }, text: string) => {
    const n = bundles.get(pair(e)) ?? 1;
    return n > 1 ? `${text} (×${n})` : text;
  };
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      en: many(e, e.label.en),
      hi: many(e, localizedText(e.label, 'hi')),
      relation: e.relation,
      color: relationColor(relationIndex.get(e.relation) ?? 0),
      ...(e.weight !== undefined ? { width: widthOf(e.weight) } : {}),
      bundle: bundles.get(pair(e)) ?? 1,
    },
    classes: [
      e.directed === false ? 'undirected' : '',
      (bundles.get(pair(e)) ?? 1) > 1 ? 'parallel' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  return [...nodes, ...edges];
}
