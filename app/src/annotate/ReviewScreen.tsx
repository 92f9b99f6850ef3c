import { useCallback, useEffect, useId, useMemo, useReducer, useState } from "react";
import type { ReviewDocument } from "../../../graph/contract/review.ts";
import type { Span } from "../../../graph/model/draft.ts";
import { ItemEditor } from "./ItemEditor.tsx";
import { ReviewHeader } from "./ReviewHeader.tsx";
import { RelationTypeList } from "./RelationTypeList.tsx";
import { EntityList } from "./lists/EntityList.tsx";
import { FilterBar } from "./lists/FilterBar.tsx";
import { RelationList } from "./lists/RelationList.tsx";
import { usePublish } from "./publish/usePublish.ts";
import { ConflictPanel } from "./save/ConflictPanel.tsx";
import { useAutosave } from "./save/useAutosave.ts";
import { encodeAnnotateUrl } from "../shell/annotateUrl.ts";
import type { ItemRef } from "../shell/annotateUrl.ts";
import { initialReview, reviewReducer } from "./state/reviewReducer.ts";
import { NO_FILTER, draftLabels, sameItem, stepItem, visibleItems } from "./state/reviewItems.ts";
import { useNextDraft } from "./queue/useNextDraft.ts";
import { AnnotatedText } from "./text/AnnotatedText.tsx";
import { SelectionPanel } from "./text/SelectionPanel.tsx";
import { mentionMarks } from "./text/textSegments.ts";
import { useReviewKeys } from "./useReviewKeys.ts";
import { ProvenancePanel } from "./ProvenancePanel.tsx";
import { LanguageField } from "./LanguageField.tsx";
import { PublishedDateField } from "./PublishedDateField.tsx";

const NO_SPANS: Span[] = [];

/** The Annotate view of one article: the text, the entity and relation lists, the selected item's editor. */
export function ReviewScreen({
  document,
  initialItem,
}: {
  document: ReviewDocument;
  initialItem: ItemRef | null;
}) {
  const { slug, text } = document;
  const [state, dispatch] = useReducer(reviewReducer, document.draft, (d) => initialReview(d, initialItem));
  const { draft, selected } = state;
  const [filter, setFilter] = useState(NO_FILTER);
  const [span, setSpan] = useState<Span | null>(null);
  const autosave = useAutosave(slug, draft, document.version);
  const publishing = usePublish(slug, autosave.flush);
  const nextDraft = useNextDraft(slug, autosave.flush);
  const typesListId = useId();

  useEffect(() => {
    const search = encodeAnnotateUrl({ slug, item: selected });
    if (search !== window.location.search)
      window.history.replaceState(null, "", `${window.location.pathname}${search}`);
  }, [slug, selected]);

  const items = useMemo(() => visibleItems(draft, filter), [draft, filter]);
  const setSelectedStatus = (status: "accepted" | "rejected") => {
    if (!selected) return;
    dispatch({ type: "status", item: selected, status });
    // Judging an item moves on to the next one, as in a review queue.
    const next = stepItem(items, selected, 1);
    if (next) dispatch({ type: "select", item: next });
  };
  useReviewKeys({
    // From the last item, the queue goes on to the next draft with work left.
    next: () =>
      items.length > 0 && selected && sameItem(items[items.length - 1]!, selected)
        ? void nextDraft.go()
        : dispatch({ type: "select", item: stepItem(items, selected, 1) }),
    previous: () => dispatch({ type: "select", item: stepItem(items, selected, -1) }),
    accept: () => setSelectedStatus("accepted"),
    reject: () => setSelectedStatus("rejected"),
    undo: () => dispatch({ type: "undo" }),
    redo: () => dispatch({ type: "redo" }),
  });

  const marks = useMemo(() => mentionMarks(draft), [draft]);
  const evidence =
    (selected?.kind === "relation" && draft.relations.find((r) => r.id === selected.id)?.evidenceSpans) ||
    NO_SPANS;
  const onMention = useCallback(
    (id: string) => dispatch({ type: "select", item: { kind: "entity", id } }),
    [],
  );
  const save = autosave.state;
  const problems = publishing.state.kind === "refused" ? publishing.state.problems : null;
  const lists = { draft, filter, selected, problems, dispatch };

  return (
    <div className="annotate">
      <ReviewHeader
        document={document}
        draft={draft}
        save={save}
        canUndo={state.past.length > 0}
        canRedo={state.future.length > 0}
        dispatch={dispatch}
        publishing={publishing}
        onSuggested={(next) => {
          autosave.adopt(next.draft, next.version);
          dispatch({ type: "replace", draft: next.draft });
        }}
        flush={autosave.flush}
        nextDraft={nextDraft}
      />
      {save.kind === "conflict" && (
        <ConflictPanel
          mine={draft}
          theirs={save.theirs}
          keepMine={autosave.keepMine}
          takeTheirs={() => {
            autosave.adopt(save.theirs, save.version);
            dispatch({ type: "replace", draft: save.theirs });
          }}
        />
      )}
      <main className="annotate-stage">
        <section className="annotate-text" aria-label="Article">
          <h2>{document.meta.title}</h2>
          <PublishedDateField document={document} draft={draft} dispatch={dispatch} />
          <LanguageField document={document} draft={draft} dispatch={dispatch} />
          <ProvenancePanel slug={document.slug} />
          <AnnotatedText
            text={text}
            mentions={marks}
            evidence={evidence}
            selectedEntity={selected?.kind === "entity" ? selected.id : null}
            onMention={onMention}
            onSpan={setSpan}
          />
        </section>
        <section className="annotate-lists" aria-label="Items">
          <FilterBar filter={filter} labels={draftLabels(draft)} onChange={setFilter} />
          <EntityList {...lists} />
          <RelationList {...lists} />
        </section>
        <aside className="annotate-editor" aria-label="Editor">
          {span && (
            <SelectionPanel
              key={`${span.start}:${span.end}`}
              span={span}
              draft={draft}
              typesListId={typesListId}
              dispatch={dispatch}
              onDone={() => {
                setSpan(null);
                window.getSelection()?.removeAllRanges();
              }}
            />
          )}
          <ItemEditor draft={draft} selected={selected} dispatch={dispatch} />
        </aside>
      </main>
      <RelationTypeList id={typesListId} draft={draft} />
    </div>
  );
}
