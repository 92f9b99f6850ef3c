import { useId, useState } from "react";
import type { Note } from "../../../../graph/contract/investigations.ts";
import { useInvestigation } from "./investigationState.ts";
import { NoteMarkdown } from "./NoteMarkdown.tsx";

type Target = Note["on"];

const AUTHOR_KEY = "dossier.noteAuthor";

function sameTarget(a: Target, b: Target): boolean {
  if (a.kind === "investigation" || b.kind === "investigation") return a.kind === b.kind;
  return a.kind === b.kind && a.elementId === b.elementId;
}

/**
 * The analyst's notes on an entity, a relationship or the investigation:
 * labelled as notes, kept apart from the articles' evidence and never counted
 * with it; stored in the open investigation's file.
 */
export function NotesSection({ on }: { on: Target }) {
  const { current } = useInvestigation();
  const notes = current?.notes.filter((n) => sameTarget(n.on, on)) ?? [];
  return (
    <section className="notes" aria-label="Notes">
      <h3>Notes ({notes.length})</h3>
      <p className="muted">Your own notes: not evidence, and not counted as such.</p>
      {notes.map((note) => (
        <article key={note.id} className="note" aria-label={`Note by ${note.author}`}>
          <header>
            <span className="note-badge">Note</span> {note.author} ·{" "}
            <time dateTime={note.written}>{new Date(note.written).toLocaleString()}</time>
          </header>
          <NoteMarkdown text={note.text} />
        </article>
      ))}
      {current ? (
        <NoteForm on={on} />
      ) : (
        <p className="muted">Save the view as an investigation to write notes in it.</p>
      )}
    </section>
  );
}

function NoteForm({ on }: { on: Target }) {
  const { addNote } = useInvestigation();
  const [text, setText] = useState("");
  const [author, setAuthor] = useState(() => localStorage.getItem(AUTHOR_KEY) ?? "");
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        localStorage.setItem(AUTHOR_KEY, author.trim());
        void addNote({ on, text, author: author.trim() }).then((saved) => {
          setBusy(false);
          if (saved) setText("");
        });
      }}
    >
      <label htmlFor={`${id}-text`}>New note (Markdown)</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={3}
        maxLength={20_000}
        onChange={(e) => setText(e.target.value)}
      />
      <label>
        Author <input value={author} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || text.trim() === "" || author.trim() === ""}>
        Add note
      </button>
    </form>
  );
}
