import { type Metadata, metadataSchema } from "../model/annotation.ts";
import { isIsoDate } from "../model/values.ts";
export { DATE_UNKNOWN_NOTE } from "../model/publishedDate.ts";
import type { Extracted } from "./extract.ts";
import { detectLanguage, detectedPhrase } from "./language.ts";
import { AddRefusal } from "./refusal.ts";
import { ARTICLE_FILES } from "../corpus/articleFiles.ts";

/** What the user said about the article (flags or form fields); blank means not given. */
export interface GivenMetadata {
  title?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
}

const MAX_TITLE = 200;

/**
 * Control characters (NUL, BEL, …) and the bidirectional overrides and
 * isolates, which would reverse or hide the text around them in the reader.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const UNSAFE_ALL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** A page's own title or publisher without control or override characters (they are never needed there). */
function cleaned(value: string | undefined): string | undefined {
  return value?.replace(UNSAFE_ALL, " ").replace(/\s+/g, " ").trim() || undefined;
}

function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Checks what was given before any work is done; one sentence for the first problem. */
export function checkGivenMetadata(meta: GivenMetadata): void {
  for (const [field, value] of [
    ["title", meta.title],
    ["publisher", meta.publisher],
  ] as const) {
    const found = value === undefined ? null : UNSAFE.exec(value);
    if (found) {
      throw new AddRefusal(
        `The ${field} holds the invisible character ${codePoint(found[0])} at position ${found.index + 1}; remove it (control and text-direction characters are not accepted).`,
      );
    }
  }
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
  /** How the language was told from the text when neither the user nor the page said it. */
  detected?: string;
}

/**
 * meta.json's fields: what was given, else what the page says, else a
 * fallback that is reported; a date found nowhere stays unknown (null).
 * `origin` says where the text came from.
 */
export function buildMetadata(
  givenMeta: GivenMetadata,
  extracted: Extracted,
  origin: { description: string; original: string; host?: string | undefined },
  today: string,
): BuiltMetadata {
  const fallbacks: string[] = [];
  let title = given(givenMeta.title) ?? cleaned(extracted.title);
  if (!title) {
    title = firstLine(extracted.text);
    fallbacks.push("title taken from the first line of the text");
  }
  let publisher = given(givenMeta.publisher) ?? cleaned(extracted.publisher);
  if (!publisher) {
    publisher = origin.host ?? "Unknown publisher";
    fallbacks.push(
      origin.host ? `publisher "${publisher}" taken from the address` : `publisher "${publisher}"`,
    );
  }
  // Never today: an undated article would sort as the newest news (docs/data-model.md, "Date unknown").
  const published = given(givenMeta.published) ?? extracted.published;
  // The user's word first, then the page's lang attribute, then the text's own words.
  let language = given(givenMeta.language) ?? extracted.language;
  let detected: string | undefined;
  if (!language) {
    const found = detectLanguage(extracted.text);
    if (found) {
      language = found.language;
      detected = detectedPhrase(found);
    } else {
      language = "en";
      fallbacks.push('language "en" (too little text to tell its language)');
    }
  }
  const url = given(givenMeta.url);
  const attribution = `${origin.description}${url ? `, published at ${url}` : ""}, added on ${today}. article.txt holds the text as extracted; the input is kept as it came in ${origin.original}.`;
  return {
    meta: {
      title,
      publisher,
      published: published ? { date: published } : null,
      language,
      source: ARTICLE_FILES.text,
      attribution,
    },
    fallbacks,
    ...(detected ? { detected } : {}),
  };
}
