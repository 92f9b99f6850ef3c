import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { apiGet, onApiFailure } from "../../api.ts";
import { type Connection, ConnectionContext, type Health, isOutage } from "./connection.ts";

/** How often the health check runs: slowly when all is well, quickly during an outage. */
const HEALTHY_EVERY_MS = 10_000;
const OUTAGE_EVERY_MS = 2_000;

/**
 * Polls /api/health, shows the outages that any call of the API client
 * meets (app/src/api.ts tells every failure here), and counts
 * recoveries so that whatever failed is fetched again once Neo4j is back.
 */
export function ConnectionProvider({ children }: { children: ReactNode }) {
  const [outage, setOutage] = useState<string | null>(null);
  const [health, setHealth] = useState<Health | null>(null);
  const [generation, setGeneration] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(
    () =>
      onApiFailure((error) => {
        if (isOutage(error)) setOutage(error.message);
      }),
    [],
  );
  const retry = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    apiGet<"health">("/api/health", controller.signal)
      .then((answer) => {
        setHealth(answer);
        if (outage !== null) {
          setOutage(null);
          setGeneration((g) => g + 1);
        }
      })
      // A failure has reached onApiFailure already; an abort needs nothing.
      .catch(() => undefined);
    const timer = setTimeout(retry, outage ? OUTAGE_EVERY_MS : HEALTHY_EVERY_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [tick, outage, retry]);

  const value = useMemo<Connection>(
    () => ({ outage, health, generation, retry }),
    [outage, health, generation, retry],
  );
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}
