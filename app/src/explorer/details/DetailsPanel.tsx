import { useControls } from "../controls.ts";
import { NodeDetails } from "./NodeDetails.tsx";
import { RelationshipDetails } from "./RelationshipDetails.tsx";

/** The selected node or relationship, or a hint when nothing is selected. */
export function DetailsPanel() {
  const { selected, view } = useControls();
  if (selected && view.nodes[selected]) return <NodeDetails key={selected} id={selected} />;
  if (selected && view.relationships[selected]) return <RelationshipDetails key={selected} id={selected} />;
  return (
    <p className="muted">
      Search for a name, or click a node or a relationship to see what the articles say about it. Double-click
      a node to expand it.
    </p>
  );
}
