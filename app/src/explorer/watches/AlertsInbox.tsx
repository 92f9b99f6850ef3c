import { useId, useState } from "react";
import { apiGet, apiPost } from "../../api.ts";
import { useControls } from "../controls.ts";
import { alertsChanged } from "./alertsEvents.ts";
import { type AlertList, useAlerts } from "./useAlerts.ts";
import "./watches.css";

type Alert = AlertList["alerts"][number];

/** "Alerts" in the toolbar with the count of unread alerts, and the inbox it opens. */
export function AlertsInbox() {
  const { list } = useAlerts();
  const [open, setOpen] = useState(false);
  const id = useId();
  const unread = list?.unread ?? 0;
  return (
    <div className="alerts-inbox">
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        Alerts
        {unread > 0 && (
          <span className="alerts-badge" aria-label={`${unread} unread`}>
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div id={id} role="dialog" aria-label="Alerts" className="popover-panel alerts-panel">
          {list === null && <p className="muted">Loading…</p>}
          {list?.alerts.length === 0 && (
            <p className="muted">
              No alerts. Watch an entity from its details to be told what new articles add.
            </p>
          )}
          <ul aria-label="Alerts">
            {list?.alerts.map((alert) => (
              <AlertItem key={alert.id} alert={alert} close={() => setOpen(false)} />
            ))}
          </ul>
          {list?.unreadable.map((sentence) => (
            <p key={sentence} role="alert">
              {sentence}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

function AlertItem({ alert, close }: { alert: Alert; close(): void }) {
  const { dispatch } = useControls();
  const [problem, setProblem] = useState<string | null>(null);
  const markRead = () =>
    apiPost<"readAlert">(`/api/alerts/${encodeURIComponent(alert.id)}/read`, {}).then(alertsChanged);
  const openInExplorer = async () => {
    try {
      const graph = await apiGet<"alertGraph">(`/api/alerts/${encodeURIComponent(alert.id)}/graph`);
      if (graph.relationships.length === 0) {
        setProblem("These relationships are no longer in the graph.");
        return;
      }
      dispatch({ type: "add", graph });
      close();
      if (!alert.read) await markRead();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "The relationships could not be read.");
    }
  };
  return (
    <li className={alert.read ? "alert read" : "alert"} aria-label={alert.summary}>
      <p>
        <strong>{alert.summary}</strong>{" "}
        <span className="muted">{new Date(alert.created).toLocaleString()}</span>
      </p>
      {alert.path && <p className="muted">Path: {alert.path.join(" – ")}</p>}
      {alert.relationships.map((r) => (
        <div key={r.id} className="alert-relationship">
          <p>
            {r.from.name} <code>{r.type}</code> {r.to.name}
          </p>
          {r.quotes.map((quote) => (
            <blockquote key={quote}>{quote}</blockquote>
          ))}
          <p className="muted">{r.article.title ?? r.article.slug}</p>
        </div>
      ))}
      {alert.rows && (
        <p className="muted">{alert.rows.length} new row(s); run the query in the workbench to see them.</p>
      )}
      <div className="alert-actions">
        {alert.relationships.length > 0 && (
          <button type="button" onClick={() => void openInExplorer()}>
            Open in explorer
          </button>
        )}
        {!alert.read && (
          <button type="button" onClick={() => void markRead().catch(() => undefined)}>
            Mark read
          </button>
        )}
      </div>
      {problem && <p role="alert">{problem}</p>}
    </li>
  );
}
