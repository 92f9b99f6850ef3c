import { useConnection } from "./connection/connection.ts";
import { useControls } from "./controls.ts";

const NUMBER = new Intl.NumberFormat("en");

/** The graph's counts, small: what is on screen and what the database holds. */
export function StatusBar() {
  const { health } = useConnection();
  const { view } = useControls();
  const onScreen = `${NUMBER.format(Object.keys(view.nodes).length)} nodes and ${NUMBER.format(
    Object.keys(view.relationships).length,
  )} relationships on screen`;
  const labels = health
    ? Object.entries(health.counts.labels)
        .map(([l, c]) => `${l} ${c}`)
        .join(", ")
    : "";
  return (
    <footer className="status" aria-label="Status">
      <span>{onScreen}</span>
      {health && (
        <span title={labels}>
          Database: {NUMBER.format(health.counts.nodes)} nodes, {NUMBER.format(health.counts.relationships)}{" "}
          relationships · Neo4j {health.neo4j.version}
        </span>
      )}
    </footer>
  );
}
