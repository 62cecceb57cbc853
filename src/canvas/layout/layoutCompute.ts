import './layoutSetup';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { circle, grid, rings, tiers } from '../../graph/arrange';
import { NODE_DRAWING } from '../../graph/labelBox';
import { normaliseScale, type LayoutJob } from '../../graph/layoutJob';
import { separateBoxes } from '../../graph/separate';
import { fcoseOptions } from '../layouts';

/**
 * Above this many nodes the force-directed layout is ForceAtlas2 (Barnes–Hut), not fcose.
 * Measured in Node on this machine, seeded community graphs: fcose at default quality took
 * 7.1 s at 1,000 nodes and 31 s at 2,000; 100 ForceAtlas2 iterations took 0.43 s and 1.1 s,
 * 13.6 s at 20,000. fcose reads better on small graphs, so it keeps them.
 */
export const FORCE_ATLAS_ABOVE = 500;

/** Up to this many nodes, force-directed positions are moved apart until no labels cover nodes. */
const SEPARATE_UP_TO = 5000;

/** Edge length the canvas's node sizes and fonts are drawn for (fcose's ideal edge length). */
const EDGE_LENGTH = 90;

/** ForceAtlas2's iterations for a graph size: fewer as each one costs more. */
function iterationsFor(n: number): number {
  return n <= 2000 ? 300 : n <= 10000 ? 150 : 100;
}

function forceAtlas(job: LayoutJob, random: () => number, progress: (done: number) => void) {
  const graph = new Graph({ multi: true, allowSelfLoops: false, type: 'undirected' });
  const n = job.ids.length;
  const spread = Math.sqrt(n) * EDGE_LENGTH;
  for (let i = 0; i < n; i++)
    graph.addNode(i, {
      x: job.randomize ? random() * spread : (job.positions[2 * i] ?? 0),
      y: job.randomize ? random() * spread : (job.positions[2 * i + 1] ?? 0),
    });
  for (let k = 0; k + 1 < job.edges.length; k += 2) {
    const a = job.edges[k] ?? 0;
    const b = job.edges[k + 1] ?? 0;
    if (a !== b) graph.addEdge(a, b);
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 500 };
  const total = iterationsFor(n);
  // Batches of a twentieth: each says how far it has got, and the whole can be stopped between
  // two of them by ending the worker.
  const batch = Math.max(1, Math.ceil(total / 20));
  for (let done = 0; done < total; done += batch) {
    forceAtlas2.assign(graph, { iterations: Math.min(batch, total - done), settings });
    progress(Math.min(1, (done + batch) / total));
  }
  const xy = new Float64Array(n * 2);
  graph.forEachNode((key, attrs) => {
    const i = Number(key);
    xy[2 * i] = Number(attrs.x);
    xy[2 * i + 1] = Number(attrs.y);
  });
  return xy;
}

function withCytoscape(job: LayoutJob, random: () => number): Float64Array {
  const n = job.ids.length;
  let maxDegree = 1;
  for (const d of job.degrees) maxDegree = Math.max(maxDegree, d);
  const elements: cytoscape.ElementDefinition[] = job.ids.map((_, i) => ({
    group: 'nodes',
    data: { id: `n${i}`, degree: job.degrees[i] ?? 0 },
    position: { x: job.positions[2 * i] ?? 0, y: job.positions[2 * i + 1] ?? 0 },
  }));
  for (let k = 0; k + 1 < job.edges.length; k += 2)
    elements.push({
      group: 'edges',
      data: { id: `e${k}`, source: `n${job.edges[k]}`, target: `n${job.edges[k + 1]}` },
    });
  // Sizes as the canvas draws them, so layouts that avoid overlap leave the same room.
  const size = `mapData(degree, 0, ${maxDegree}, ${NODE_DRAWING.minSize}, ${NODE_DRAWING.maxSize})`;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: size, height: size } }],
    elements,
  });
  // fcose's spectral start draws on Math.random; seeding it for the (synchronous) run makes the
  // same graph come out the same for everyone.
  const own = Math.random;
  Math.random = random;
  try {
    cy.layout(fcoseOptions(job.randomize)).run();
  } finally {
    Math.random = own;
  }
  const xy = new Float64Array(n * 2);
  cy.nodes().forEach((node) => {
    const i = Number(node.id().slice(1));
    const p = node.position();
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  cy.destroy();
  return xy;
}

/**
 * Computes a job's positions: small force-directed jobs by fcose on headless Cytoscape, large
 * ones by ForceAtlas2, and the geometric layouts (tiers, rings, circle, grid) by graph/arrange. Runs in the layout worker; every random choice comes from
 * `random`. Out: x, y pairs in the order of `job.ids`.
 */
export function computeLayout(
  job: LayoutJob,
  random: () => number,
  progress: (done: number) => void,
): Float64Array {
  switch (job.layout) {
    case 'breadthfirst':
      return tiers(job);
    case 'concentric':
      return rings(job);
    case 'circle':
      return circle(job);
    case 'grid':
      return grid(job);
    case 'fcose':
      if (job.ids.length <= FORCE_ATLAS_ABOVE) {
        const xy = withCytoscape(job, random);
        separateBoxes(job, xy);
        return xy;
      }
  }
  const xy = forceAtlas(job, random, progress);
  normaliseScale(xy, job.edges, EDGE_LENGTH, NODE_DRAWING.minSize);
  // A big graph is read by zooming in, where its labels need the same room.
  if (job.ids.length <= SEPARATE_UP_TO) separateBoxes(job, xy);
  return xy;
}
