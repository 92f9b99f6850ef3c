import { useState } from "react";
import type { GraphNode } from "../../../../graph/model/graphJson.ts";
import { apiPost } from "../../api.ts";
import { useExplorer } from "../../shell/explorerContext.ts";
import { useSetHighlight } from "../highlight.ts";
import { NodeCombobox } from "../../shell/search/NodeCombobox.tsx";
import { nodeCaption } from "../../shell/palette.ts";
import { WatchPair } from "../watches/WatchPair.tsx";

interface Found {
  from: GraphNode;
  to: GraphNode;
  steps: { id: string; text: string; isNode: boolean }[];
}

/** Shortest path between two chosen nodes: drawn, highlighted, and listed step by step. */
export function PathPanel() {
  const { showGraph, select } = useExplorer();
  const { setPath } = useSetHighlight();
  const [from, setFrom] = useState<GraphNode | null>(null);
  const [to, setTo] = useState<GraphNode | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const find = async () => {
    if (!from || !to) return;
    setMessage("Searching…");
    try {
      const answer = await apiPost<"paths">("/api/paths", { from: from.id, to: to.id, maxHops: 6 });
      const first = answer.paths[0];
      if (!first) {
        setFound(null);
        setPath(null);
        setMessage(`No path of up to 6 steps links ${nodeCaption(from)} and ${nodeCaption(to)}.`);
        return;
      }
      showGraph(answer.graph, "add");
      const nodes = new Map(answer.graph.nodes.map((n) => [n.id, n]));
      const rels = new Map(answer.graph.relationships.map((r) => [r.id, r]));
      const steps: Found["steps"] = [];
      first.nodes.forEach((nodeId, i) => {
        const node = nodes.get(nodeId);
        steps.push({ id: nodeId, text: node ? nodeCaption(node) : nodeId, isNode: true });
        const relId = first.relationships[i];
        const rel = relId ? rels.get(relId) : undefined;
        if (rel)
          steps.push({
            id: rel.id,
            text: rel.start === nodeId ? `${rel.type} →` : `← ${rel.type}`,
            isNode: false,
          });
      });
      setPath({
        nodes: new Set(answer.paths.flatMap((p) => p.nodes)),
        relationships: new Set(answer.paths.flatMap((p) => p.relationships)),
      });
      setFound({ from, to, steps });
      setMessage(
        `${answer.paths.length === 1 ? "One shortest path" : `${answer.paths.length} shortest paths`} of ${first.relationships.length} step${first.relationships.length === 1 ? "" : "s"}.`,
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "The path search failed.");
    }
  };

  return (
    <section className="path-panel" aria-label="Shortest path">
      <NodeCombobox label="Path from" placeholder="From…" keepText onChoose={setFrom} />
      <NodeCombobox label="Path to" placeholder="To…" keepText onChoose={setTo} />
      <div className="actions">
        <button type="button" disabled={!from || !to} onClick={() => void find()}>
          Find path
        </button>
        <button
          type="button"
          disabled={!found}
          onClick={() => {
            setPath(null);
            setFound(null);
            setMessage(null);
          }}
        >
          Clear path
        </button>
      </div>
      {from && to && <WatchPair from={from} to={to} />}
      {message && <p role="status">{message}</p>}
      {found && (
        <ol className="path-steps" aria-label="Path steps">
          {found.steps.map((step, i) => (
            <li key={`${step.id} ${i}`} className={step.isNode ? "step-node" : "step-rel"}>
              <button type="button" className="link" onClick={() => select(step.id)}>
                {step.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
