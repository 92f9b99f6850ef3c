import { useState } from "react";
import type { SavedQueriesResponse } from "../../../graph/contract/workbench.ts";
import type { Watch } from "../../../graph/contract/watches.ts";
import { apiDelete, apiPost } from "../api.ts";
import { alertsChanged } from "../shell/alertsEvents.ts";
import { useQueryWatches } from "./useQueryWatches.ts";

type Saved = SavedQueriesResponse["queries"][number];

/**
 * The shipped queries (cypher/queries), folded above the editor; a click loads
 * one into it, and Watch beside it has every publish and load report the
 * query's new rows in Alerts (Unwatch stops that).
 */
export function SavedQueryList({ queries, onLoad }: { queries: Saved[]; onLoad(query: Saved): void }) {
  const watches = useQueryWatches();
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const toggle = async (q: Saved, watch: Watch | undefined) => {
    setBusy(q.name);
    try {
      if (watch) {
        await apiDelete<"removeWatch">(`/api/watches/${encodeURIComponent(watch.id)}`);
        setSaid({ text: `No longer watching “${q.title}”.`, failed: false });
      } else {
        await apiPost<"addWatch">("/api/watches", { target: { kind: "query", query: q.name } });
        setSaid({ text: `Watching “${q.title}”: its new rows will show in Alerts.`, failed: false });
      }
      alertsChanged();
    } catch (error) {
      setSaid({ text: error instanceof Error ? error.message : "The watch was not changed.", failed: true });
    } finally {
      setBusy(null);
    }
  };
  return (
    <details className="workbench-saved">
      <summary>Saved queries ({queries.length})</summary>
      <nav aria-label="Saved queries">
        <ul>
          {queries.map((q) => {
            const watch = watches.get(q.name);
            return (
              <li key={q.name} aria-label={q.title}>
                <button type="button" title={q.query} onClick={() => onLoad(q)}>
                  {q.title}
                </button>
                <button
                  type="button"
                  className="workbench-watch"
                  aria-pressed={watch !== undefined}
                  disabled={busy !== null}
                  title={
                    watch
                      ? "Stop reporting this query's new rows in Alerts"
                      : "Report this query's new rows in Alerts after every publish and load"
                  }
                  onClick={() => void toggle(q, watch)}
                >
                  {watch ? "Unwatch" : "Watch"}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      {said && (
        <p className={said.failed ? "workbench-error" : "muted"} role={said.failed ? "alert" : "status"}>
          {said.text}
        </p>
      )}
    </details>
  );
}
