import { useCallback, useEffect, useRef, useState } from "react";
import type { DraftVersion } from "../../../../graph/contract/review.ts";
import type { Draft } from "../../../../graph/model/draft.ts";
import { ApiError, apiPost } from "../../api.ts";

/** Saves wait this long after the last edit, so a burst of edits is one save. */
const DEBOUNCE_MS = 600;

export type SaveState =
  | { kind: "saved" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  /** Someone saved since our version: their draft and its version; nothing is saved until it is settled. */
  | { kind: "conflict"; theirs: Draft; version: DraftVersion };

export interface Autosave {
  state: SaveState;
  /** Saves what is not saved yet now; the version the server holds afterwards, or null if it could not be saved. */
  flush(): Promise<DraftVersion | null>;
  /** Settles a conflict by saving this page's draft over the other version. */
  keepMine(): void;
  /** Takes a draft the server holds at `version` as the new base (their side of a conflict, a new suggestion run). */
  adopt(draft: Draft, version: DraftVersion): void;
}

/**
 * Saves the draft as the user works: debounced, one save at a time, each
 * based on the version the previous one returned. A 409 stops saving and
 * holds the other version until the user chooses; nothing is overwritten
 * silently.
 */
export function useAutosave(slug: string, draft: Draft, initialVersion: DraftVersion): Autosave {
  const [state, setState] = useState<SaveState>({ kind: "saved" });
  const version = useRef(initialVersion);
  const saved = useRef(draft);
  const latest = useRef(draft);
  const inflight = useRef<Promise<DraftVersion | null> | null>(null);
  const conflict = useRef(false);

  const save = useCallback(async (): Promise<DraftVersion | null> => {
    while (inflight.current) await inflight.current;
    if (conflict.current) return null;
    const sending = latest.current;
    if (sending === saved.current) return version.current;
    setState({ kind: "saving" });
    const request = apiPost<"saveDraft">(`/api/articles/${encodeURIComponent(slug)}/draft`, {
      baseVersion: version.current,
      draft: sending,
    })
      .then(({ version: next }) => {
        version.current = next;
        saved.current = sending;
        setState(latest.current === sending ? { kind: "saved" } : { kind: "pending" });
        return next;
      })
      .catch((error: unknown) => {
        const theirs = error instanceof ApiError ? error.detail?.conflict : undefined;
        if (error instanceof ApiError && error.status === 409 && theirs) {
          conflict.current = true;
          setState({ kind: "conflict", theirs: theirs.draft, version: theirs.version as DraftVersion });
        } else {
          setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
        }
        return null;
      })
      .finally(() => {
        inflight.current = null;
      });
    inflight.current = request;
    return request;
  }, [slug]);

  useEffect(() => {
    latest.current = draft;
    if (draft === saved.current || conflict.current) return;
    setState((s) => (s.kind === "saving" ? s : { kind: "pending" }));
    const timer = setTimeout(() => void save(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, save]);

  // Leaving with edits not yet saved asks first.
  const unsaved = state.kind !== "saved";
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const keepMine = useCallback(() => {
    if (state.kind !== "conflict") return;
    version.current = state.version;
    conflict.current = false;
    setState({ kind: "pending" });
    void save();
  }, [state, save]);

  const adopt = useCallback((next: Draft, nextVersion: DraftVersion) => {
    version.current = nextVersion;
    saved.current = next;
    latest.current = next;
    conflict.current = false;
    setState({ kind: "saved" });
  }, []);

  return { state, flush: save, keepMine, adopt };
}
