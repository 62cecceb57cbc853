import type { GraphNode } from '../../graph/model';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import TypeIcon from '../TypeIcon';

/** A link-styled button that navigates to a node: selects it and centres it. */
export default function NodeLink({
  node,
  keepPanel = false,
}: {
  node: GraphNode;
  /** Leave the side panel where it is (a name within the paths' answer). */
  keepPanel?: boolean;
}) {
  const { loc } = useT();
  const selectNode = useApp((s) => s.selectNode);
  return (
    <button
      type="button"
      className="node-link"
      onClick={() => selectNode(node.id, { reveal: true, keepPanel })}
    >
      <TypeIcon type={node.type} />
      {loc(node.label)}
    </button>
  );
}
