import { groupsOf, measureValues } from '../graph/analysis/values';
import type { GroupBy } from '../graph/analysis/view';
import { labelBox, NODE_DRAWING, nodeSize } from '../graph/labelBox';
import type { NodeTraits } from '../graph/layoutJob';
import type { LayoutName } from '../graph/view';
import { localizedText } from '../i18n/strings';
import { NODE_TYPES, type NodeType } from '../schema/graphFile';
import { clip } from '../schema/text';
import { degreesOf, nodeIndexFor, selectMetrics } from './derived';
import type { AppState } from './types';

/**
 * Each type's tier, top to bottom of a stakeholder map: who governs; the organisations (and
 * their countries) they deal with; the people; where they meet; what about; and the rest.
 */
const TIER: Readonly<Record<NodeType, number>> = {
  government: 0,
  organisation: 1,
  country: 1,
  person: 2,
  meeting: 3,
  topic: 4,
  place: 5,
  document: 5,
  other: 5,
};

/**
 * What the geometric layouts need of each node now: its group (tiers by the chosen grouping;
 * the circle and grid by type, in stakeholder-map order), its rank for rings (the chosen
 * measure; degree while metrics are still being computed), and its box in the current
 * language.
 */
export function layoutTraits(s: AppState, layout: LayoutName): NodeTraits {
  const { graph, lang } = s;
  const index = nodeIndexFor(graph);
  const degrees = degreesOf(graph);
  const maxDegree = Math.max(1, ...degrees.values());
  const metrics = selectMetrics(s);
  const by: GroupBy = layout === 'breadthfirst' ? s.tierBy : { kind: 'type' };
  const groups = groupsOf(graph, metrics, by) ?? groupsOf(graph, metrics, { kind: 'type' });
  const tierOf = (g: number) => (by.kind === 'type' ? TIER[NODE_TYPES[g] ?? 'other'] : g);
  const ranks =
    layout === 'concentric'
      ? (measureValues(graph, metrics, s.ringBy) ??
        Float64Array.from(graph.nodes, (n) => degrees.get(n.id) ?? 0))
      : null;
  return {
    group: (id) => {
      const g = groups?.group[index.get(id) ?? -1];
      return g === undefined || g < 0 ? -1 : tierOf(g);
    },
    rank: (id) => ranks?.[index.get(id) ?? -1] ?? NaN,
    box: (id) => {
      const node = graph.nodeById.get(id);
      if (!node) return { width: 0, up: 0, down: 0 };
      const text = clip(localizedText(node.label, lang), NODE_DRAWING.labelChars);
      const size = nodeSize(node.type, degrees.get(id) ?? 0, maxDegree);
      return labelBox(text, size, node.type === 'meeting');
    },
  };
}
