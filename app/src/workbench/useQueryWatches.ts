import { useCallback, useEffect, useState } from "react";
import type { Watch } from "../../../graph/contract/watches.ts";
import { apiGet } from "../api.ts";
import { onAlertsChanged } from "../shell/alertsEvents.ts";

/**
 * The watches of saved queries, by the query's file name: read now and again
 * whenever a watch is added or removed (here, in the explorer or after an alert).
 */
export function useQueryWatches(): ReadonlyMap<string, Watch> {
  const [watches, setWatches] = useState<ReadonlyMap<string, Watch>>(new Map());
  const reload = useCallback(() => {
    apiGet<"watches">("/api/watches").then(
      (list) =>
        setWatches(
          new Map(list.watches.flatMap((w) => (w.target.kind === "query" ? [[w.target.query, w]] : []))),
        ),
      // The connection banner has been told; the toggles keep what they showed.
      () => undefined,
    );
  }, []);
  useEffect(() => {
    reload();
    return onAlertsChanged(reload);
  }, [reload]);
  return watches;
}
