import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { apiGet } from "../../api.ts";
import { type Connection, ConnectionContext, type Health, isAbort, isOutage } from "./connection.ts";

/** How often the health check runs: slowly when all is well, quickly during an outage. */
const HEALTHY_EVERY_MS = 10_000;
const OUTAGE_EVERY_MS = 2_000;

/**
 * Polls /api/health, shows outages reported by any request, and counts
 * recoveries so that whatever failed is fetched again once Neo4j is back.
 */
export function ConnectionProvider({ children }: { children: ReactNode }) {
  const [outage, setOutage] = useState<string | null>(null);
  const [health, setHealth] = useState<Health | null>(null);
  const [generation, setGeneration] = useState(0);
  const [tick, setTick] = useState(0);

  const report = useCallback((error: unknown) => {
    if (isOutage(error)) setOutage(error.message);
  }, []);
  const retry = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    apiGet<Health>("/api/health", controller.signal)
      .then((answer) => {
        setHealth(answer);
        if (outage !== null) {
          setOutage(null);
          setGeneration((g) => g + 1);
        }
      })
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        if (isOutage(error)) setOutage(error.message);
      });
    const timer = setTimeout(retry, outage ? OUTAGE_EVERY_MS : HEALTHY_EVERY_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [tick, outage, retry]);

  const value = useMemo<Connection>(
    () => ({ outage, health, generation, report, retry }),
    [outage, health, generation, report, retry],
  );
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}
