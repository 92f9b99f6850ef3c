import { useId, useRef, useState } from "react";
import type { AddArticleRequest, AddArticleResponse } from "../../../graph/contract/articles.ts";
import { annotateHref } from "../annotate/state/annotateUrl.ts";
import { ApiError, apiPost } from "../api.ts";
import { madeWithoutEngine, useNlpState } from "../ui/useNlpState.ts";
import "./addArticle.css";
import { fileBase64 } from "./fileBase64.ts";

const FIELDS = [
  { name: "title", label: "Title", type: "text" },
  { name: "publisher", label: "Publisher", type: "text" },
  { name: "published", label: "Published", type: "date" },
  { name: "url", label: "Source URL", type: "url" },
  { name: "language", label: "Language", type: "text" },
] as const;

type Outcome = { kind: "added"; result: AddArticleResponse } | { kind: "refused"; message: string };

function summary(result: AddArticleResponse): string {
  const { entities, relations } = result.draft;
  const count = entities.length + relations.length;
  return `Added ${result.slug} with ${count} suggestion${count === 1 ? "" : "s"} (${entities.length} entities, ${relations.length} relations).`;
}

/** The "Add article" button and its dialog: paste a text or pick a file, give the metadata, send. */
export function AddArticleDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const id = useId();
  // Asked while an add runs: an add that arrives while the engine starts waits for it.
  const engine = useNlpState(busy);

  async function submit(data: FormData) {
    setBusy(true);
    setOutcome(null);
    try {
      const body: AddArticleRequest = file
        ? { file: { name: file.name, base64: await fileBase64(file) } }
        : { text: String(data.get("text") ?? "") };
      for (const field of FIELDS) {
        const value = String(data.get(field.name) ?? "").trim();
        if (value) body[field.name] = value;
      }
      const result = await apiPost<"addArticle">("/api/articles", body);
      setOutcome({ kind: "added", result });
      form.current?.reset();
      setFile(null);
    } catch (error) {
      setOutcome({ kind: "refused", message: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        Add article
      </button>
      <dialog ref={dialog} className="add-article" aria-labelledby={`${id}-title`}>
        <form
          ref={form}
          onSubmit={(event) => {
            event.preventDefault();
            void submit(new FormData(event.currentTarget));
          }}
        >
          <h2 id={`${id}-title`}>Add article</h2>
          <p>
            Paste the text or pick a .txt, .html or .md file. The article is stored with a draft annotation to
            review; it is not loaded into the graph yet.
          </p>
          <label>
            Text
            <textarea name="text" rows={8} disabled={file !== null} required={file === null} />
          </label>
          <label>
            File
            <input
              type="file"
              name="file"
              accept=".txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            />
          </label>
          <fieldset>
            <legend>About the article (optional)</legend>
            {FIELDS.map((field) => (
              <label key={field.name}>
                {field.label}
                <input
                  name={field.name}
                  type={field.type}
                  placeholder={field.name === "language" ? "en" : undefined}
                />
              </label>
            ))}
          </fieldset>
          {busy && engine === "starting" && (
            <p aria-live="polite">
              The language engine is starting… the draft waits for it (about half a minute).
            </p>
          )}
          {outcome?.kind === "added" && (
            <p>
              <span role="status">{summary(outcome.result)}</span>{" "}
              <a href={annotateHref(outcome.result.slug)}>Review the draft</a>
            </p>
          )}
          {outcome?.kind === "added" && madeWithoutEngine(outcome.result.draft.engines) && (
            <p className="muted">
              Suggested without the language engine: from the rules and the graph&apos;s names alone.
            </p>
          )}
          {outcome?.kind === "refused" && <p role="alert">{outcome.message}</p>}
          <div className="add-article-actions">
            <button type="submit" disabled={busy}>
              {busy ? "Adding…" : "Add"}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
