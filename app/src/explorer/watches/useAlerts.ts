import { useCallback, useEffect, useState } from "react";
import type { Answer } from "../../../../graph/contract/routes.ts";
import { apiGet } from "../../api.ts";
import { onAlertsChanged } from "../../shell/alertsEvents.ts";

/** How often the inbox asks for new alerts: a publish from another tab or `npm run load` raises them. */
const POLL_MS = 5000;

export type AlertList = Answer<"alerts">;

/** The alerts, read now, on every change and every few seconds; `reload` reads them at once. */
export function useAlerts(): { list: AlertList | null; reload(): void } {
  const [list, setList] = useState<AlertList | null>(null);
  const reload = useCallback(() => {
    apiGet<"alerts">("/api/alerts").then(setList, () => undefined);
  }, []);
  useEffect(() => {
    reload();
    const timer = window.setInterval(reload, POLL_MS);
    const stop = onAlertsChanged(reload);
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [reload]);
  return { list, reload };
}
