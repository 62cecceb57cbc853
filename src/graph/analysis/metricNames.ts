/** The node metrics, in the order they are computed: cheap ones first. */
export const METRICS = [
  'degree',
  'inDegree',
  'outDegree',
  'weightedDegree',
  'community',
  'articulation',
  'constraint',
  'pagerank',
  'eigenvector',
  'closeness',
  'betweenness',
] as const;
export type MetricName = (typeof METRICS)[number];

/** Metrics that are numbers to size, colour or filter by (community is a category). */
export const NUMERIC_METRICS = METRICS.filter(
  (m): m is Exclude<MetricName, 'community' | 'articulation'> =>
    m !== 'community' && m !== 'articulation',
);
export type NumericMetric = (typeof NUMERIC_METRICS)[number];

/**
 * One value per node for each metric computed so far, index `i` for the model's `nodes[i]`.
 * NaN where a metric does not apply (constraint of a node without neighbours; eigenvector
 * centrality where the iteration does not converge). `community` holds community numbers,
 * largest first; `articulation` 1 for a cut vertex.
 */
export type MetricValues = Partial<Record<MetricName, Float64Array>>;

/**
 * Nodes above which betweenness and closeness are estimated from `SAMPLED_SOURCES` sampled
 * sources unless the exact values are asked for: measured on this machine, all metrics of a
 * 5,000-node graph with 20,000 edges take 5 s exactly and of 20,000 with 80,000 over 70 s, so
 * exact values stay under about 15 s up to here.
 */
export const ESTIMATE_ABOVE = 8000;
export const SAMPLED_SOURCES = 1000;

/** The measures a big graph has estimated from sampled sources unless asked for exactly. */
export const ESTIMABLE: readonly MetricName[] = ['closeness', 'betweenness'];
