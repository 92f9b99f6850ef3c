/** Tells the Alerts inbox and the watch toggles to read again (a watch was added or removed, an alert read). */
const EVENT = "dossier:alerts-changed";

export function alertsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` on every change; returns the function that stops listening. */
export function onAlertsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
