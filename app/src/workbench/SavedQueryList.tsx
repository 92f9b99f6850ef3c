import type { SavedQueriesResponse } from "../../../graph/model/workbench.ts";

type Saved = SavedQueriesResponse["queries"][number];

/** The shipped queries (cypher/queries); a click loads one into the editor. */
export function SavedQueryList({ queries, onLoad }: { queries: Saved[]; onLoad(query: Saved): void }) {
  return (
    <nav className="workbench-saved" aria-label="Saved queries">
      <h3>Saved queries</h3>
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
  );
}
