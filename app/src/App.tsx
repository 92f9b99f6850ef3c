import { useEffect, useState } from "react";
import { ApiError, apiGet } from "./api.ts";

interface Health {
  neo4j: { version: string; edition: string };
  counts: {
    nodes: number;
    relationships: number;
    labels: Record<string, number>;
    types: Record<string, number>;
  };
}

/** The graph's counts; the explorer replaces this page. */
export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    apiGet<Health>("/api/health", controller.signal)
      .then(setHealth)
      .catch((e: unknown) => {
        if (e instanceof ApiError) setError(e.message);
      });
    return () => controller.abort();
  }, []);

  return (
    <main className="counts">
      <h1>Dossier</h1>
      {error && <p role="alert">{error}</p>}
      {health && (
        <>
          <p>
            Neo4j {health.neo4j.version} ({health.neo4j.edition}): {health.counts.nodes} nodes,{" "}
            {health.counts.relationships} relationships.
          </p>
          <table aria-label="Nodes per label">
            <tbody>
              {Object.entries(health.counts.labels).map(([label, count]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
