import { useState } from "react";
import { ApiError, apiPost } from "../../api.ts";
import { alertsChanged } from "./alertsEvents.ts";

/** "Watch" on an entity's details: any new relationship of it that a publish or load brings raises an alert. */
export function WatchButton({ entity }: { entity: string }) {
  const [state, setState] = useState<{ entity: string; text: string } | null>(null);
  const said = state?.entity === entity ? state.text : null;
  const watch = async () => {
    try {
      const watch = await apiPost<"addWatch">("/api/watches", { target: { kind: "entity", entity } });
      setState({ entity, text: `Watching ${watch.label}: new relationships will show in Alerts.` });
      alertsChanged();
    } catch (error) {
      const text =
        error instanceof ApiError && error.status === 409
          ? "Already watched."
          : error instanceof Error
            ? error.message
            : "The watch was not added.";
      setState({ entity, text });
    }
  };
  return (
    <div className="watch-button">
      <button type="button" onClick={() => void watch()} disabled={said !== null}>
        Watch
      </button>
      {said && (
        <p className="muted" role="status">
          {said}
        </p>
      )}
    </div>
  );
}
