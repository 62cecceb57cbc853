import type { GraphNode } from '../../graph/model';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import TypeIcon from '../TypeIcon';

/** A node named in an answer: selects it, centres it and opens its details and evidence. */
export default function InsightLink({ node }: { node: GraphNode }) {
  const { loc } = useT();
  const selectNode = useApp((s) => s.selectNode);
  return (
    <button
      type="button"
      className="node-link"
      onClick={() => {
        selectNode(node.id, { reveal: true });
      }}
    >
      <TypeIcon type={node.type} />
      {loc(node.label)}
    </button>
  );
}
