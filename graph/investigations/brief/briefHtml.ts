import { xmlAttr, xmlText } from "../../export/xml.ts";
import type { Note } from "../../contract/investigations.ts";
import type { Brief, BriefRelationship, BriefStatement } from "./briefData.ts";
import { BRIEF_CSS } from "./briefStyle.ts";
import { graphSvg } from "./graphSvg.ts";
import { noteHtml } from "./noteHtml.ts";
import { noteTargetCaption } from "../noteTarget.ts";

/** Nothing may run and nothing may be fetched: the brief is read offline, from a file. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function statementHtml(s: BriefStatement): string {
  const title = xmlText(s.title || s.slug);
  const linked = s.link === null ? title : `<a href="${xmlAttr(s.link)}">${title}</a>`;
  const about = [s.publisher, s.published ?? "undated"]
    .filter((p) => p !== "")
    .map(xmlText)
    .join(", ");
  const quotes = s.quotes.map((q) => `<blockquote>${xmlText(q)}</blockquote>`).join("");
  return `<li>${quotes}<p class="article">${linked} — ${about}</p></li>`;
}

function relationshipHtml(r: BriefRelationship): string {
  const heading = `${xmlText(r.start)} — ${xmlText(r.type)} → ${xmlText(r.end)}`;
  const count =
    r.statements.length === 0
      ? "No article states it in the graph now."
      : `Stated by ${plural(r.sources, "independent source")} (${plural(r.statements.length, "article")}).`;
  return [
    `<section class="relationship"><h3>${heading}</h3><p class="count">${count}</p>`,
    `<ol class="statements">${r.statements.map(statementHtml).join("")}</ol></section>`,
  ].join("\n");
}

function noteHtmlBlock(brief: Brief, note: Note): string {
  const on = `Note on ${xmlText(noteTargetCaption(brief.investigation, note))} · ${xmlText(note.author)} · ${xmlText(note.written.slice(0, 10))}`;
  return `<article class="note"><p class="note-on">${on}</p>${noteHtml(note.text)}</article>`;
}

/**
 * The brief: one HTML file with inline CSS and SVG, no script and no
 * request, that opens offline: title, description, the picture as saved,
 * each relationship with its quotes and articles and how many independent
 * sources state it, then the notes. Every text from the data is escaped.
 */
export function briefHtml(brief: Brief, now: Date = new Date()): string {
  const { investigation } = brief;
  const { view } = investigation;
  const picture = graphSvg(
    view.nodes.map((n) => ({ id: n.key ?? n.elementId, caption: n.caption, x: n.x, y: n.y })),
    view.relationships,
  );
  const missing =
    brief.missing.length === 0
      ? ""
      : `<p class="muted">No longer in the graph: ${brief.missing.map(xmlText).join(", ")}.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlText(investigation.name)}</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
<main>
<h1>${xmlText(investigation.name)}</h1>
<p class="muted">Saved ${xmlText(investigation.savedAt.slice(0, 10))} · brief written ${now.toISOString().slice(0, 10)} · ${plural(view.nodes.length, "node")}, ${plural(brief.relationships.length, "relationship")}</p>
${investigation.description ? `<p class="description">${xmlText(investigation.description)}</p>` : ""}
${picture ? `<figure>${picture}</figure>` : ""}
${missing}
<h2>Relationships</h2>
${brief.relationships.length === 0 ? '<p class="muted">None drawn.</p>' : brief.relationships.map(relationshipHtml).join("\n")}
<h2>Notes</h2>
<p class="muted">The analysts' own words: not evidence.</p>
${investigation.notes.length === 0 ? '<p class="muted">No notes.</p>' : investigation.notes.map((n) => noteHtmlBlock(brief, n)).join("\n")}
</main>
</body>
</html>
`;
}
