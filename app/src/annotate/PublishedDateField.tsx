import { type Dispatch, useId, useState } from "react";
import type { ReviewDocument } from "../../../graph/contract/review.ts";
import type { Draft } from "../../../graph/model/draft.ts";
import { DATE_UNKNOWN, reviewedPublished } from "../../../graph/model/publishedDate.ts";
import type { ReviewAction } from "./state/reviewReducer.ts";

/** What a field of the article under review (its date, its language) reads and edits. */
export interface ReviewFieldProps {
  document: ReviewDocument;
  draft: Draft;
  dispatch: Dispatch<ReviewAction>;
}

/**
 * The article's publication date under review, or "date unknown", and the
 * reviewer's way to set it or clear it: an edit of the draft like any other
 * (saved with its version, undone with undo), written to meta.json on publish.
 */
export function PublishedDateField({ document, draft, dispatch }: ReviewFieldProps) {
  const published = reviewedPublished(document.meta, draft);
  // Keyed by the date, so undo and redo put the field back with it.
  return (
    <DateEditor
      key={published?.date ?? ""}
      publisher={document.meta.publisher}
      published={published}
      dispatch={dispatch}
    />
  );
}

function DateEditor({
  publisher,
  published,
  dispatch,
}: {
  publisher: string;
  published: Draft["published"];
  dispatch: Dispatch<ReviewAction>;
}) {
  const [value, setValue] = useState(published?.date ?? "");
  const inputId = useId();
  return (
    <div className="published-date" role="group" aria-label="Publication date">
      <span>
        {publisher}, {published?.date ?? DATE_UNKNOWN}
      </span>{" "}
      <label htmlFor={inputId}>Published on</label>{" "}
      <input id={inputId} type="date" value={value} onChange={(e) => setValue(e.target.value)} />{" "}
      <button
        type="button"
        disabled={value === "" || value === published?.date}
        onClick={() => dispatch({ type: "published", published: { date: value } })}
      >
        Set date
      </button>{" "}
      {published && (
        <button
          type="button"
          onClick={() => {
            setValue("");
            dispatch({ type: "published", published: null });
          }}
        >
          Mark date unknown
        </button>
      )}
    </div>
  );
}
