import { Marked, type Tokens } from "marked";
import { xmlAttr, xmlText } from "../../export/xml.ts";
import { safeHref } from "../../model/safeHref.ts";

/**
 * Markdown to HTML for a note in the brief, with raw HTML shown as its text:
 * marked escapes text itself, and its renderer is told to escape the HTML
 * blocks and tags it would otherwise pass through, to keep only web and
 * e-mail links, and to show images as their text (the brief makes no request).
 */
const notes = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => xmlText(text),
    image: ({ text }: Tokens.Image) => xmlText(text),
    // Below the brief's own headings (h1 title, h2 parts).
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(6, depth + 2);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, tokens }: Tokens.Link) {
      const inner = this.parser.parseInline(tokens);
      const safe = safeHref(href);
      return safe === null ? inner : `<a href="${xmlAttr(safe)}">${inner}</a>`;
    },
  },
});

export function noteHtml(markdown: string): string {
  return notes.parse(markdown, { async: false });
}
