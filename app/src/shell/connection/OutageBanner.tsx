import { useConnection } from "./connection.ts";

/** The banner shown while Neo4j or the server does not answer; it goes away by itself on recovery. */
export function OutageBanner() {
  const { outage, retry } = useConnection();
  if (!outage) return null;
  return (
    <div className="banner" role="alert">
      <span>{outage} Retrying automatically…</span>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </div>
  );
}
