import { useId, useRef, useState } from "react";
import { useApiGet } from "../shell/connection/useApiGet.ts";
import { annotateHref } from "../shell/annotateUrl.ts";
import { VirtualList } from "../shell/VirtualList.tsx";
import { DATE_UNKNOWN } from "../../../graph/model/publishedDate.ts";
import { PublishReviewed } from "./queue/PublishReviewed.tsx";

/** The toolbar's "Annotate" button: every article folder, drafts and published, each opening the Annotate view. */
export function ArticlePicker() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Annotate
      </button>
      <dialog
        ref={dialog}
        className="add-article article-picker"
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
      >
        <h2 id={`${id}-title`}>Annotate an article</h2>
        {open && <DraftList key={round} refresh={() => setRound((r) => r + 1)} />}
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}

function DraftList({ refresh }: { refresh(): void }) {
  const list = useApiGet<"drafts">("/api/drafts");
  if (list.state === "loading") return <p className="muted">Listing the articles…</p>;
  if (list.state === "failed") return <p role="alert">{list.message}</p>;
  if (list.data.articles.length === 0) return <p>No articles yet: add one first.</p>;
  return (
    <>
      <PublishReviewed articles={list.data.articles} onDone={refresh} />
      <VirtualList
        items={list.data.articles}
        keyOf={(a) => a.slug}
        estimate={48}
        label="Articles to annotate"
        className="draft-list"
      >
        {(a) => (
          <>
            <a href={annotateHref(a.slug)}>{a.title}</a>{" "}
            <span className="muted">
              {a.publisher}, {a.published ?? DATE_UNKNOWN} · {a.state} · {a.counts.suggested} to review,{" "}
              {a.counts.accepted} accepted, {a.counts.rejected} rejected
            </span>
          </>
        )}
      </VirtualList>
    </>
  );
}
