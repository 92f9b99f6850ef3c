import { join } from "node:path";
import type { Alert, Watch } from "../contract/watches.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { listWatches, readAlerts, writeAlerts } from "./files.ts";
import { WatchRefusal } from "./refusal.ts";

export interface Inbox {
  /** Newest first, each with the label of its watch. */
  alerts: (Alert & { label: string })[];
  unread: number;
  unreadable: string[];
  watches: (Watch & { unread: number })[];
}

/** Every watch's alerts, newest first; a file that cannot be read is one sentence and the rest are listed. */
export function readInbox(dir: string): Inbox {
  const { watches, unreadable } = listWatches(dir);
  const alerts: Inbox["alerts"] = [];
  const counted: Inbox["watches"] = [];
  for (const watch of watches) {
    let own: Alert[] = [];
    try {
      own = readAlerts(dir, watch.id).alerts;
    } catch (error) {
      if (!(error instanceof WatchRefusal)) throw error;
      unreadable.push(error.message);
    }
    alerts.push(...own.map((a) => ({ ...a, label: watch.label })));
    counted.push({ ...watch, unread: own.filter((a) => !a.read).length });
  }
  alerts.sort((a, b) => b.created.localeCompare(a.created) || b.id.localeCompare(a.id));
  return { alerts, unread: alerts.filter((a) => !a.read).length, unreadable, watches: counted };
}

/** One alert by its id (`<watch id>.<sequence>`). */
export function findAlert(dir: string, alertId: string): Alert {
  const watch = alertId.slice(0, alertId.lastIndexOf("."));
  const alert = watch ? readAlerts(dir, watch).alerts.find((a) => a.id === alertId) : undefined;
  if (!alert) throw new WatchRefusal(`There is no alert "${alertId}".`, "missing");
  return alert;
}

/** Marks one alert read (`<watch id>.<sequence>`); returns the alerts still unread. */
export async function markRead(dir: string, alertId: string): Promise<number> {
  const watch = alertId.slice(0, alertId.lastIndexOf("."));
  const missing = () => new WatchRefusal(`There is no alert "${alertId}".`, "missing");
  if (!watch) throw missing();
  await withFolderLock(join(dir, "alerts", `${watch}.json`), () => {
    const stored = readAlerts(dir, watch);
    if (!stored.alerts.some((a) => a.id === alertId)) throw missing();
    writeAlerts(dir, {
      ...stored,
      alerts: stored.alerts.map((a) => (a.id === alertId ? { ...a, read: true } : a)),
    });
  });
  return readInbox(dir).unread;
}
