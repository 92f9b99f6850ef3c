import { useId, useState } from "react";
import { apiGet, apiPost } from "../../api.ts";
import { useControls } from "../controls.ts";
import { type RowEntity, rowEntityKeys } from "../../../../graph/watches/rowEntities.ts";
import { alertsChanged } from "../../shell/alertsEvents.ts";
import { AlertRows } from "./AlertRows.tsx";
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
              No alerts. Watch an entity from its details, a pair from the Path tab or a saved query in the
              Cypher workbench to be told what new articles add.
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
  const { dispatch, focusNode } = useControls();
  const [problem, setProblem] = useState<string | null>(null);
  const markRead = () =>
    apiPost<"readAlert">(`/api/alerts/${encodeURIComponent(alert.id)}/read`, {}).then(alertsChanged);
  const readGraph = () => apiGet<"alertGraph">(`/api/alerts/${encodeURIComponent(alert.id)}/graph`);
  const failed = (error: unknown) =>
    setProblem(error instanceof Error ? error.message : "The alert's graph could not be read.");
  const openInExplorer = async () => {
    try {
      const graph = await readGraph();
      if (graph.nodes.length === 0) {
        setProblem(
          alert.rows
            ? "These entities are no longer in the graph."
            : "These relationships are no longer in the graph.",
        );
        return;
      }
      dispatch({ type: "add", graph });
      close();
      if (!alert.read) await markRead();
    } catch (error) {
      failed(error);
    }
  };
  const openEntity = async (entity: RowEntity) => {
    try {
      const node = (await readGraph()).nodes.find((n) => n.properties.id === entity.key);
      if (!node) {
        setProblem(`${entity.name ?? entity.key} is no longer in the graph.`);
        return;
      }
      close();
      await focusNode(node);
    } catch (error) {
      failed(error);
    }
  };
  const rowEntities = alert.rows?.some((row) => rowEntityKeys([row], 1).length > 0) ?? false;
  return (
    <li className={alert.read ? "alert read" : "alert"} aria-label={alert.summary}>
      <p>
        <strong>{alert.summary}</strong>{" "}
        <span className="muted">{new Date(alert.created).toLocaleString()}</span>
      </p>
      {alert.path && <p className="muted">Path: {alert.path.join(" – ")}</p>}
      {alert.note && <p className="muted">{alert.note}</p>}
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
      {alert.rows && alert.columns && (
        <AlertRows
          columns={alert.columns}
          rows={alert.rows}
          count={alert.rowCount ?? alert.rows.length}
          open={(entity) => void openEntity(entity)}
        />
      )}
      <div className="alert-actions">
        {(alert.relationships.length > 0 || rowEntities) && (
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
