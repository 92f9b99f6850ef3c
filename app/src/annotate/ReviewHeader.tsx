import { type Dispatch, useState } from "react";
import type { DraftVersion, ReviewDocument } from "../../../graph/contract/review.ts";
import type { Draft } from "../../../graph/model/draft.ts";
import { apiPost } from "../api.ts";
import { PublishOutcome } from "./publish/PublishOutcome.tsx";
import type { PublishState } from "./publish/usePublish.ts";
import { SaveStatus } from "./save/SaveStatus.tsx";
import type { SaveState } from "./save/useAutosave.ts";
import type { ReviewAction } from "./state/reviewReducer.ts";
import { statusCounts } from "./state/reviewItems.ts";
import { REVIEW_KEY_HELP } from "./useReviewKeys.ts";
import { UndoRedoButtons } from "../shell/UndoRedoButtons.tsx";
import { madeWithoutEngine, useNlpState } from "../shell/useNlpState.ts";

const ENGINE_NOTE = {
  starting: "It is starting; it can suggest again once it is up.",
  off: "It is off on this server.",
  unavailable: "It is not available now.",
} as const;

/** The Annotate view's bar: what is left to review, save state, undo and redo, suggest again, publish. */
export function ReviewHeader({
  document,
  draft,
  save,
  canUndo,
  canRedo,
  dispatch,
  publishing,
  onSuggested,
  flush,
  nextDraft,
}: {
  document: ReviewDocument;
  draft: Draft;
  save: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  dispatch: Dispatch<ReviewAction>;
  publishing: { state: PublishState; publish(): Promise<void> };
  onSuggested(document: ReviewDocument): void;
  flush(): Promise<DraftVersion | null>;
  nextDraft: { go(): Promise<void>; message: string | null };
}) {
  const counts = statusCounts(draft);
  const [suggesting, setSuggesting] = useState<string | null>(null);
  const suggestAgain = async () => {
    setSuggesting("Suggesting…");
    const version = await flush();
    if (version === null) return setSuggesting("Save the draft first.");
    try {
      onSuggested(
        await apiPost<"suggestAgain">(`/api/articles/${encodeURIComponent(document.slug)}/suggest`, {
          baseVersion: version,
        }),
      );
      setSuggesting(null);
    } catch (error) {
      setSuggesting(error instanceof Error ? error.message : String(error));
    }
  };
  const withoutEngine = madeWithoutEngine(draft.engines);
  const engine = useNlpState(withoutEngine || suggesting === "Suggesting…");
  const progress =
    suggesting === "Suggesting…" && engine === "starting"
      ? "The language engine is starting… the suggestions wait for it."
      : suggesting;
  return (
    <header className="toolbar annotate-bar" role="toolbar" aria-label="Annotate">
      <h1>
        <a href="/">Dossier</a>
      </h1>
      <span className="muted">Annotate · {document.state}</span>
      <span className="review-count" aria-label="Left to review">
        {counts.suggested} left to review · {counts.accepted} accepted · {counts.rejected} rejected
      </span>
      <SaveStatus state={save} />
      <UndoRedoButtons
        canUndo={canUndo}
        canRedo={canRedo}
        undo={() => dispatch({ type: "undo" })}
        redo={() => dispatch({ type: "redo" })}
      />
      <button type="button" onClick={() => void suggestAgain()} disabled={suggesting === "Suggesting…"}>
        Suggest again
      </button>
      {progress && <span className="muted">{progress}</span>}
      {withoutEngine && (
        <p className="engine-note" role="note" aria-label="Made without the language engine">
          Suggested without the language engine (CoreNLP): from the rules and the graph&apos;s names alone.{" "}
          {engine === "ready" ? (
            <button type="button" onClick={() => void suggestAgain()} disabled={suggesting === "Suggesting…"}>
              Suggest again
            </button>
          ) : (
            ENGINE_NOTE[engine ?? "unavailable"]
          )}
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={publishing.state.kind === "publishing" || save.kind === "conflict"}
        onClick={() => void publishing.publish()}
      >
        {publishing.state.kind === "publishing" ? "Publishing…" : "Publish"}
      </button>
      <button type="button" onClick={() => void nextDraft.go()}>
        Next draft
      </button>
      {nextDraft.message && <span className="muted">{nextDraft.message}</span>}
      <span className="muted key-help">{REVIEW_KEY_HELP}</span>
      <PublishOutcome state={publishing.state} />
    </header>
  );
}
