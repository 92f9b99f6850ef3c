import { useState } from "react";
import type { QueryResult } from "../../../graph/contract/workbench.ts";
import { ResultTable } from "./ResultTable.tsx";
import { rowCountText, truncationNotice } from "./resultSummary.ts";
import type { ChipActions } from "./ValueView.tsx";

type View = "table" | "json" | "graph";
const VIEWS: { id: View; label: string }[] = [
  { id: "table", label: "Table" },
  { id: "json", label: "JSON" },
  { id: "graph", label: "Graph" },
];

export interface ResultPanelProps {
  result: QueryResult;
  /** Round trip measured in the browser. */
  clientMs: number;
  actions: ChipActions;
  onShowGraph(mode: "add" | "replace"): void;
}

/** The answer to a run: counts and times, a notice when cut, then table, raw JSON or graph. */
export function ResultPanel({ result, clientMs, actions, onShowGraph }: ResultPanelProps) {
  const [view, setView] = useState<View>("table");
  const notice = truncationNotice(result);
  return (
    <section className="workbench-result" aria-label="Query result">
      <p className="workbench-stats" role="status">
        <span>{rowCountText(result.rowCount)}</span>
        <span>server {result.timing.serverMs} ms</span>
        <span>total {clientMs} ms</span>
      </p>
      {notice && (
        <p className="workbench-notice" role="note">
          {notice}
        </p>
      )}
      {result.notifications.map((n) => (
        <p key={`${n.code}-${n.description}`} className="workbench-notification" title={n.code}>
          {n.title}: {n.description}
        </p>
      ))}
      <div role="tablist" aria-label="Result views" className="workbench-views">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            role="tab"
            aria-selected={view === v.id}
            onClick={() => setView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={VIEWS.find((v) => v.id === view)?.label}>
        {view === "table" && <ResultTable result={result} actions={actions} />}
        {view === "json" && (
          <pre className="workbench-json" aria-label="Result JSON">
            {JSON.stringify({ columns: result.columns, rows: result.rows }, null, 2)}
          </pre>
        )}
        {view === "graph" && (
          <div className="workbench-graph">
            <p>
              {result.graph.nodes.length} nodes, {result.graph.relationships.length} relationships in the
              result.
            </p>
            <button
              type="button"
              disabled={result.graph.nodes.length === 0}
              onClick={() => onShowGraph("add")}
            >
              Add to view
            </button>
            <button
              type="button"
              disabled={result.graph.nodes.length === 0}
              onClick={() => onShowGraph("replace")}
            >
              Replace view
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
