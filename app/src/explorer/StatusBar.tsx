import { useConnection } from "../shell/connection/connection.ts";
import { useControls } from "./controls.ts";
import type { Opening } from "./useOpeningView.ts";

const NUMBER = new Intl.NumberFormat("en");

/** What the opening view shows of the database, and why (README "The opening view"). */
function openingSentence(opening: Opening): string | null {
  if (opening.state !== "ready") return null;
  if (!opening.capped) return `Showing all ${NUMBER.format(opening.totalNodes)} entities.`;
  return `Showing ${NUMBER.format(opening.shown)} of ${NUMBER.format(opening.totalNodes)} entities, the most cited.`;
}

/** The graph's counts, small: what the opening view chose, what is on screen and what the database holds. */
export function StatusBar({ opening }: { opening: Opening }) {
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
  const sentence = openingSentence(opening);
  return (
    <footer className="status" aria-label="Status">
      <span>
        {sentence && (
          <span className="opening" data-testid="opening-sentence">
            {sentence}{" "}
            {opening.state === "ready" && opening.showMore && (
              <button type="button" className="link" onClick={opening.showMore}>
                Show more
              </button>
            )}{" "}
            ·{" "}
          </span>
        )}
        {onScreen}
      </span>
      {health && (
        <span title={labels}>
          Database: {NUMBER.format(health.counts.nodes)} nodes, {NUMBER.format(health.counts.relationships)}{" "}
          relationships · Neo4j {health.neo4j.version}
        </span>
      )}
    </footer>
  );
}
