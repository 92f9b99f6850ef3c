import type { SavedQueriesResponse } from "../../../graph/contract/workbench.ts";

type Saved = SavedQueriesResponse["queries"][number];

/** The shipped queries (cypher/queries), folded above the editor; a click loads one into it. */
export function SavedQueryList({ queries, onLoad }: { queries: Saved[]; onLoad(query: Saved): void }) {
  return (
    <details className="workbench-saved">
      <summary>Saved queries ({queries.length})</summary>
      <nav aria-label="Saved queries">
        <ul>
          {queries.map((q) => (
            <li key={q.name}>
              <button type="button" title={q.query} onClick={() => onLoad(q)}>
                {q.title}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
