import type { GraphNode, GraphRelationship, JsonValue } from "../../../graph/model/graphJson.ts";
import { classifyCell, nodeCaption } from "./cells.ts";

export interface ChipActions {
  /** Shows the node in the explorer (adding it when absent) and selects it. */
  revealNode(node: GraphNode): void;
  /** Shows the relationship (with its ends when the result has them) and selects it. */
  revealRelationship(relationship: GraphRelationship): void;
}

function NodeChip({ node, actions }: { node: GraphNode; actions: ChipActions }) {
  const caption = nodeCaption(node);
  return (
    <button
      type="button"
      className="workbench-chip workbench-chip-node"
      title={`${node.labels.map((l) => `:${l}`).join("")} ${caption}`}
      aria-label={`Select node ${caption}`}
      onClick={() => actions.revealNode(node)}
    >
      <span className="workbench-chip-label">
        {node.labels.filter((l) => l !== "Entity")[0] ?? node.labels[0]}
      </span>
      {caption}
    </button>
  );
}

function RelationshipChip({
  relationship,
  actions,
}: {
  relationship: GraphRelationship;
  actions: ChipActions;
}) {
  return (
    <button
      type="button"
      className="workbench-chip workbench-chip-relationship"
      title={`[:${relationship.type}]`}
      aria-label={`Select relationship ${relationship.type}`}
      onClick={() => actions.revealRelationship(relationship)}
    >
      :{relationship.type}
    </button>
  );
}

/** One value of a result, drawn by type: chips for graph elements, exact text for the rest. */
export function ValueView({ value, actions }: { value: JsonValue; actions: ChipActions }) {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case "node":
      return <NodeChip node={cell.node} actions={actions} />;
    case "relationship":
      return <RelationshipChip relationship={cell.relationship} actions={actions} />;
    case "path":
      return (
        <span className="value-path">
          {cell.nodes.map((node, i) => {
            const rel = cell.relationships[i];
            return (
              <span key={`${node.id}-${i}`}>
                <NodeChip node={node} actions={actions} />
                {rel && (
                  <>
                    {rel.start === node.id ? "–" : "←"}
                    <RelationshipChip relationship={rel} actions={actions} />
                    {rel.start === node.id ? "→" : "–"}
                  </>
                )}
              </span>
            );
          })}
        </span>
      );
    case "list":
      return (
        <span className="value-list">
          [
          {cell.items.map((item, i) => (
            <span key={i}>
              {i > 0 && ", "}
              <ValueView value={item} actions={actions} />
            </span>
          ))}
          ]
        </span>
      );
    case "map":
      return (
        <span className="value-map">
          {"{"}
          {cell.entries.map(([key, item], i) => (
            <span key={key}>
              {i > 0 && ", "}
              <span className="value-key">{key}</span>: <ValueView value={item} actions={actions} />
            </span>
          ))}
          {"}"}
        </span>
      );
    case "null":
      return <span className="value-null">null</span>;
    case "string":
      return <span className="value-string">{cell.text}</span>;
    case "scalar":
      return (
        <span className={`value-scalar value-${cell.type}`} title={cell.type}>
          {cell.text}
        </span>
      );
  }
}
