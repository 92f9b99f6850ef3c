import { type Metadata, metadataSchema } from "../model/annotation.ts";
import { isIsoDate } from "../model/values.ts";
import type { Extracted } from "./extract.ts";
import { AddRefusal } from "./refusal.ts";

/** What the user said about the article (flags or form fields); blank means not given. */
export interface GivenMetadata {
  title?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
}

const MAX_TITLE = 200;

function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Checks what was given before any work is done; one sentence for the first problem. */
export function checkGivenMetadata(meta: GivenMetadata): void {
  const published = given(meta.published);
  if (published !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(published) && isIsoDate(published))) {
    throw new AddRefusal(`The published date "${published}" is not a date of the form YYYY-MM-DD.`);
  }
  const language = given(meta.language);
  if (language !== undefined && !metadataSchema.shape.language.safeParse(language).success) {
    throw new AddRefusal(`The language "${language}" is not a language tag such as en or fr-FR.`);
  }
  const url = given(meta.url);
  if (url !== undefined && !/^https?:\/\/[^\s/]+/i.test(url)) {
    throw new AddRefusal(`The source URL "${url}" is not an http(s) address.`);
  }
}

/** The first line of the text, cut at a word near the title length limit. */
function firstLine(text: string): string {
  const line = text.trimStart().split("\n")[0]?.trim() ?? "";
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).trimEnd()}…`;
}

export interface BuiltMetadata {
  meta: Omit<Metadata, "slug">;
  /** One phrase per field that fell back to a default, for the output line. */
  fallbacks: string[];
}

/**
 * meta.json's fields: what was given, else what the page says, else a
 * fallback that is reported. `origin` says where the text came from.
 */
export function buildMetadata(
  givenMeta: GivenMetadata,
  extracted: Extracted,
  origin: { description: string; original: string; host?: string | undefined },
  today: string,
): BuiltMetadata {
  const fallbacks: string[] = [];
  let title = given(givenMeta.title) ?? extracted.title;
  if (!title) {
    title = firstLine(extracted.text);
    fallbacks.push("title taken from the first line of the text");
  }
  let publisher = given(givenMeta.publisher) ?? extracted.publisher;
  if (!publisher) {
    publisher = origin.host ?? "Unknown publisher";
    fallbacks.push(
      origin.host ? `publisher "${publisher}" taken from the address` : `publisher "${publisher}"`,
    );
  }
  let published = given(givenMeta.published) ?? extracted.published;
  if (!published) {
    published = today;
    fallbacks.push(`published ${today} (today)`);
  }
  let language = given(givenMeta.language) ?? extracted.language;
  if (!language) {
    language = "en";
    fallbacks.push('language "en"');
  }
  const url = given(givenMeta.url);
  const attribution = `${origin.description}${url ? `, published at ${url}` : ""}, added on ${today}. article.txt holds the text as extracted; the input is kept as it came in ${origin.original}.`;
  return {
    meta: { title, publisher, published: { date: published }, language, source: "article.txt", attribution },
    fallbacks,
  };
}
