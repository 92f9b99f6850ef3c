import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Note } from "../../graph/contract/investigations.ts";
import { NoteMarkdown } from "../../app/src/explorer/investigations/NoteMarkdown.tsx";
import { notesOn } from "../../app/src/explorer/investigations/orphanNotes.ts";

const html = (text: string) => renderToStaticMarkup(<NoteMarkdown text={text} />);

describe("a note's Markdown", () => {
  it("renders emphasis, lists, code and safe links", () => {
    const out = html("**Checked** with _care_:\n\n- one\n- `two`\n\n[readout](https://kremlin.ru/x)");
    expect(out).toContain("<strong>Checked</strong>");
    expect(out).toContain("<em>care</em>");
    expect(out).toContain("<li><p>one</p></li>");
    expect(out).toContain("<code>two</code>");
    expect(out).toContain(
      '<a href="https://kremlin.ru/x" target="_blank" rel="noopener noreferrer nofollow">readout</a>',
    );
  });

  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    'Inline <img src=x onerror="alert(1)"> in a sentence',
    '<a href="javascript:alert(1)">click</a>',
    "<iframe src=//evil.example></iframe>",
  ])("shows %s as text: no element of it is made", (text) => {
    const out = html(text);
    expect(out).not.toMatch(/<(script|img|iframe|a)\b/);
    expect(out).toContain("&lt;");
  });

  it("makes no link of a javascript: address and fetches no image", () => {
    const out = html("[click](javascript:alert(1)) ![map](https://example.org/map.png)");
    expect(out).not.toMatch(/<a\b|<img\b|href=/);
    expect(out).toContain("click");
    expect(out).toContain("[map](https://example.org/map.png)");
  });
});

describe("notes whose target is gone", () => {
  const note = (on: Note["on"], text = "Checked."): Note => ({
    id: "n1",
    on,
    text,
    author: "Analyst",
    written: "2026-12-07T10:00:00.000Z",
  });

  it("follow their target to today's element id, and move to the investigation when it is gone", () => {
    const today = new Map([["old-goita", "new-goita"]]);
    const notes = notesOn(
      [
        note({ kind: "node", elementId: "old-goita" }),
        note({ kind: "node", elementId: "old-putin" }),
        note({ kind: "investigation" }),
      ],
      (id) => today.get(id),
      () => "“Vladimir Putin”",
    );
    expect(notes.map((n) => n.on)).toEqual([
      { kind: "node", elementId: "new-goita" },
      { kind: "investigation" },
      { kind: "investigation" },
    ]);
    expect(notes[1]!.text).toBe("*Written on “Vladimir Putin”, no longer in the view:*\n\nChecked.");
  });
});
