import { useId, useRef, useState } from "react";
import type { AddArticleRequest } from "../../../graph/contract/articles.ts";
import { ApiError, apiPost } from "../api.ts";
import { useNlpState } from "../shell/useNlpState.ts";
import "./addArticle.css";
import { type AddJob, type JobState, linkLines, runJobs } from "./addQueue.ts";
import { AddOutcomes, type Outcome } from "./AddOutcomes.tsx";
import { fileBase64 } from "./fileBase64.ts";

const FIELDS = [
  { name: "title", label: "Title", one: true, type: "text" },
  { name: "publisher", label: "Publisher", one: false, type: "text" },
  { name: "published", label: "Published", one: true, type: "date" },
  { name: "url", label: "Source URL", one: true, type: "url" },
  { name: "language", label: "Language", one: false, type: "text" },
] as const;

/** The articles the form describes: the picked files and pasted links, else the pasted text. */
function jobsOf(files: File[], links: string[], text: string): AddJob[] {
  const jobs: AddJob[] = [
    ...files.map((file) => ({
      name: file.name,
      body: async () => ({ file: { name: file.name, base64: await fileBase64(file) } }),
    })),
    ...links.map((link) => ({ name: link, body: async () => ({ link }) })),
  ];
  return jobs.length > 0 ? jobs : [{ name: "Pasted text", body: async () => ({ text }) }];
}

/**
 * The "Add article" button and its dialog: paste a text, or pick files, or
 * paste links (one a line), give the metadata, send. Several are sent one
 * request each, a few at a time, each showing its outcome as it comes.
 */
export function AddArticleDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [linksText, setLinksText] = useState("");
  const id = useId();
  // Asked while an add runs: an add that arrives while the engine starts waits for it.
  const engine = useNlpState(busy);
  const links = linkLines(linksText);
  const several = files.length + links.length > 1;
  const pasting = files.length === 0 && links.length === 0;

  async function submit(data: FormData) {
    const jobs = jobsOf(files, links, String(data.get("text") ?? ""));
    const shared: Partial<AddArticleRequest> = {};
    for (const field of FIELDS) {
      const value = String(data.get(field.name) ?? "").trim();
      if (value && !(field.one && jobs.length > 1)) shared[field.name] = value;
    }
    setBusy(true);
    setOutcomes(jobs.map((job) => ({ name: job.name, job: { state: "waiting" } })));
    const change = (index: number, job: JobState) =>
      setOutcomes((all) => all.map((o, i) => (i === index ? { ...o, job } : o)));
    await runJobs(
      jobs,
      (body) => apiPost<"addArticle">("/api/articles", { ...shared, ...body }),
      change,
      (error) => (error instanceof ApiError ? error.message : String(error)),
    );
    form.current?.reset();
    setFiles([]);
    setLinksText("");
    setBusy(false);
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
            Paste the text, or pick .txt, .html or .md files, or paste links (one a line). Each article is
            stored with a draft annotation to review; it is not loaded into the graph yet.
          </p>
          <label>
            Text
            <textarea name="text" rows={6} disabled={!pasting} required={pasting} />
          </label>
          <label>
            Files
            <input
              type="file"
              name="file"
              multiple
              accept=".txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"
              onChange={(event) => setFiles([...(event.currentTarget.files ?? [])])}
            />
          </label>
          <label>
            Links
            <textarea
              name="links"
              rows={3}
              placeholder="https://news.example/2024/03/harbour"
              value={linksText}
              onChange={(event) => setLinksText(event.currentTarget.value)}
            />
          </label>
          <fieldset>
            <legend>
              About the article (optional{several ? "; publisher and language apply to each" : ""})
            </legend>
            {FIELDS.map((field) => (
              <label key={field.name}>
                {field.label}
                <input
                  name={field.name}
                  type={field.type}
                  disabled={field.one && several}
                  placeholder={field.name === "language" ? "told from the text" : undefined}
                />
              </label>
            ))}
          </fieldset>
          {busy && engine === "starting" && (
            <p aria-live="polite">
              The language engine is starting… the draft waits for it (about half a minute).
            </p>
          )}
          <AddOutcomes outcomes={outcomes} />
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
