import { convert, type HtmlToTextOptions } from "html-to-text";
import { marked } from "marked";
import { isIsoDate } from "../model/values.ts";
import { AddRefusal } from "./refusal.ts";
import type { SourceKind } from "./sourceKind.ts";

/** The article text of an input, and what the page itself says about the article. */
export interface Extracted {
  text: string;
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD */
  published?: string;
  language?: string;
}

// Blocks become paragraphs separated by blank lines; links keep their words only.
const TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "blockquote", format: "block" },
    { selector: "ul", options: { itemPrefix: "- " } },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

function day(value: string | null | undefined): string | undefined {
  const candidate = value?.trim().slice(0, 10);
  return candidate && /^\d{4}-\d{2}-\d{2}$/.test(candidate) && isIsoDate(candidate) ? candidate : undefined;
}

/** "en", "en-GB" from a page's lang attribute ("en_gb", "EN-gb" too); undefined otherwise. */
function languageTag(value: string | null | undefined): string | undefined {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/i.exec(value?.trim() ?? "");
  if (!match?.[1]) return undefined;
  return match[2] ? `${match[1].toLowerCase()}-${match[2].toUpperCase()}` : match[1].toLowerCase();
}

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : undefined;
}

/** The main text of a page (Readability, as Firefox's reader view), with its title, site and date. */
async function extractHtml(html: string, where: string): Promise<Extracted> {
  // Loaded for pages only: the DOM takes longer to load than a plain text takes to add.
  const [{ parseHTML }, { Readability }] = await Promise.all([
    import("linkedom"),
    import("@mozilla/readability"),
  ]);
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const text = article?.content ? convert(article.content, TO_TEXT).trim() : "";
  if (!text) {
    throw new AddRefusal(`${where} has no readable text: no article body was found in the page.`);
  }
  const result: Extracted = { text };
  const title = present(article?.title);
  const publisher = present(article?.siteName);
  const published = day(article?.publishedTime);
  const language = languageTag(article?.lang);
  if (title) result.title = title;
  if (publisher) result.publisher = publisher;
  if (published) result.published = published;
  if (language) result.language = language;
  return result;
}

/**
 * The text of an input as it will be stored in article.txt: a .txt as it is;
 * HTML's main text; Markdown rendered (marked) and read back as text, so the
 * markup is gone and its blocks are paragraphs.
 */
export async function extractText(kind: SourceKind, source: string, where: string): Promise<Extracted> {
  if (kind === "html") return extractHtml(source, where);
  if (kind === "md") return { text: convert(await marked.parse(source), TO_TEXT).trim() };
  return { text: source };
}
