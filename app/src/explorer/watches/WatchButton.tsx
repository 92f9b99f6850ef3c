import { useState } from "react";
import type { WatchTarget } from "../../../../graph/contract/watches.ts";
import { ApiError, apiPost } from "../../api.ts";
import { alertsChanged } from "../../shell/alertsEvents.ts";

/**
 * "Watch" (an entity's details) or "Watch pair" (the path panel): what a
 * publish or load brings to it from then on raises an alert.
 */
export function WatchButton({ target, text = "Watch" }: { target: WatchTarget; text?: string }) {
  const key = JSON.stringify(target);
  const [state, setState] = useState<{ key: string; text: string } | null>(null);
  const said = state?.key === key ? state.text : null;
  const watch = async () => {
    try {
      const watch = await apiPost<"addWatch">("/api/watches", { target });
      const what = target.kind === "pair" ? "new paths" : "new relationships";
      setState({ key, text: `Watching ${watch.label}: ${what} will show in Alerts.` });
      alertsChanged();
    } catch (error) {
      const text =
        error instanceof ApiError && error.status === 409
          ? "Already watched."
          : error instanceof Error
            ? error.message
            : "The watch was not added.";
      setState({ key, text });
    }
  };
  return (
    <div className="watch-button">
      <button type="button" onClick={() => void watch()} disabled={said !== null}>
        {text}
      </button>
      {said && (
        <p className="muted" role="status">
          {said}
        </p>
      )}
    </div>
  );
}
