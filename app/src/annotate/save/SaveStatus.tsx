import type { SaveState } from "./useAutosave.ts";

const WORDS: Record<SaveState["kind"], string> = {
  saved: "Saved",
  pending: "Unsaved changes",
  saving: "Saving…",
  failed: "Not saved",
  conflict: "Conflict",
};

/** Whether the page's draft is on disk. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span
      className={`save-status ${state.kind}`}
      role="status"
      aria-label="Save status"
      title={state.kind === "failed" ? state.message : undefined}
    >
      {WORDS[state.kind]}
      {state.kind === "failed" && `: ${state.message}`}
    </span>
  );
}
