/**
 * Seeded stakeholder graphs of any size for the benchmark and the scale tests: communities
 * (most edges stay inside one), sectors, several node types, English and Hindi labels, and a
 * quoted source sentence on every edge. The same arguments always give the same file.
 */
import { seeded } from '../../src/graph/random';

const TYPES = ['person', 'organisation', 'government', 'topic', 'meeting', 'place'] as const;
const SECTORS = ['it', 'manufacturing', 'energy', 'health', 'agri', 'mining', 'tourism', 'finance'];
const RELATIONS = [
  { id: 'met', label: { en: 'met', hi: 'मिले' } },
  { id: 'partners', label: { en: 'partners with', hi: 'साझेदार' } },
  { id: 'discussed', label: { en: 'discussed', hi: 'चर्चा की' } },
] as const;
const HINDI_DIGITS = '०१२३४५६७८९';

const hindi = (n: number) => String(n).replace(/\d/g, (d) => HINDI_DIGITS[Number(d)] ?? d);

export interface GenerateOptions {
  readonly nodes: number;
  readonly edges: number;
  /** Give every node a position (a drawn file), laid out community by community. */
  readonly positions: boolean;
  readonly seed?: number;
  /**
   * Give every node a start year (2000–2019) and every tenth an end, and every edge a start:
   * a map that changes over twenty years, for the timeline.
   */
  readonly dated?: boolean;
}

/** A graph in the project's format, as a plain value ready for JSON.stringify. */
export function generateGraph({
  nodes,
  edges,
  positions,
  seed = 7,
  dated = false,
}: GenerateOptions) {
  const random = seeded(seed);
  const communities = Math.max(1, Math.round(nodes / 60));
  const community = (i: number) => i % communities;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const nodeList = Array.from({ length: nodes }, (_, i) => {
    const c = community(i);
    const type = i % 97 === 0 ? 'meeting' : pick(TYPES.slice(0, 4));
    const angle = (2 * Math.PI * c) / communities;
    const ring = 400 * Math.sqrt(communities);
    return {
      id: `n${i}`,
      type,
      label: { en: `Stakeholder ${i}`, hi: `हितधारक ${hindi(i)}` },
      sectors: [SECTORS[c % SECTORS.length] as string],
      ...(dated
        ? {
            start: String(2000 + (i % 20)),
            ...(i % 10 === 3 ? { end: String(2010 + (i % 10)) } : {}),
          }
        : {}),
      ...(positions
        ? {
            position: {
              x: Math.round(ring * Math.cos(angle) + (random() - 0.5) * 300),
              y: Math.round(ring * Math.sin(angle) + (random() - 0.5) * 300),
            },
          }
        : {}),
    };
  });
  const members = (c: number) => Math.floor((nodes - 1 - c) / communities) + 1;
  const edgeList = Array.from({ length: edges }, (_, k) => {
    const a = Math.floor(random() * nodes);
    const c = community(a);
    let b =
      random() < 0.85
        ? c + communities * Math.floor(random() * members(c))
        : Math.floor(random() * nodes);
    if (b === a) b = (a + 1) % nodes;
    const relation = RELATIONS[k % RELATIONS.length] as (typeof RELATIONS)[number];
    return {
      id: `e${k}`,
      source: `n${a}`,
      target: `n${b}`,
      relation: relation.id,
      label: relation.label,
      // Short, so that 80,000 edges stay within the 20.0 MiB a file may have.
      // A dated map's relationships are dated by the report each quotes (a year's source): two
      // bytes an edge more, where a start of their own would take the file over its limit.
      provenance: [
        {
          source: dated ? `y${2000 + (k % 20)}` : 'gen',
          quote: `${a}–${b}: ${relation.label.hi}।`,
        },
      ],
    };
  });
  return {
    format: 'stakeholder-graph',
    version: 1,
    meta: { title: { en: `Generated ${nodes} / ${edges}`, hi: `निर्मित ${hindi(nodes)}` } },
    sources: dated
      ? Array.from({ length: 20 }, (_, y) => ({
          id: `y${2000 + y}`,
          kind: 'dataset',
          language: 'hi',
          title: { en: `Generated for the benchmark, ${2000 + y}` },
          outlet: 'Stakeholder Graph Explorer',
          published: String(2000 + y),
        }))
      : [
          {
            id: 'gen',
            kind: 'dataset',
            language: 'hi',
            title: { en: 'Generated for the benchmark' },
            outlet: 'Stakeholder Graph Explorer',
            published: '2026-11-25',
          },
        ],
    sectors: SECTORS.map((id) => ({ id, label: { en: id.toUpperCase(), hi: id } })),
    relations: RELATIONS,
    nodes: nodeList,
    edges: edgeList,
  };
}

/** Shapes a careless or hostile file can take within the limits (issue #10). */
export const HOSTILE_SHAPES = ['loops', 'parallel', 'star-in', 'star-out'] as const;
export type HostileShape = (typeof HOSTILE_SHAPES)[number];

/**
 * One hostile shape at the documented limits: 100,000 self-loops on one node, 100,000 parallel
 * edges between two, or a 20,000-node star with the hub as every edge's target or source.
 */
export function generateHostile(shape: HostileShape) {
  const star = shape === 'star-in' || shape === 'star-out';
  const nodeCount = star ? 20_000 : 2;
  const edgeCount = star ? nodeCount - 1 : 100_000;
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    type: i === 0 ? 'organisation' : 'person',
    label: { en: `Stakeholder ${i}`, hi: `हितधारक ${hindi(i)}` },
  }));
  const ends = (k: number): [string, string] => {
    if (shape === 'loops') return ['n0', 'n0'];
    if (shape === 'parallel') return ['n0', 'n1'];
    return shape === 'star-in' ? [`n${k + 1}`, 'n0'] : ['n0', `n${k + 1}`];
  };
  const edges = Array.from({ length: edgeCount }, (_, k) => {
    const [source, target] = ends(k);
    return { id: `e${k}`, source, target, relation: 'met', label: RELATIONS[0].label };
  });
  return {
    format: 'stakeholder-graph',
    version: 1,
    meta: { title: { en: `Hostile shape: ${shape}` } },
    sectors: [],
    relations: [RELATIONS[0]],
    nodes,
    edges,
  };
}
