import { type NlpDocument, nlpDocumentSchema } from "./document.ts";
import { type NlpLanguage, requestProperties } from "./languages.ts";
import { ANNOTATE_TIMEOUT_MS } from "./server.ts";

export class NlpUnavailableError extends Error {
  override name = "NlpUnavailableError";
}

export interface AnnotateOptions {
  /** The article's publication date (YYYY-MM-DD): "Monday" or "June 23" resolve against it. */
  referenceDate?: string;
  timeoutMs?: number;
  /** Which of the server's pipelines reads the text (English unless given). */
  language?: NlpLanguage;
}

/**
 * Sends a text to a CoreNLP server and returns its sentences, tokens and
 * entity mentions. Offsets are in UTF-16 code units, as in JavaScript.
 */
export async function annotate(
  url: string,
  text: string,
  options: AnnotateOptions = {},
): Promise<NlpDocument> {
  // The properties are the same for every text: the server builds one pipeline per distinct set
  // of properties (10-14 s each), so the date goes as the server's own `date` parameter instead.
  const properties = { ...requestProperties(options.language ?? "en"), outputFormat: "json" };
  let target = `${url.replace(/\/$/, "")}/?properties=${encodeURIComponent(JSON.stringify(properties))}`;
  if (options.referenceDate) target += `&date=${encodeURIComponent(`${options.referenceDate}T12:00:00`)}`;
  let response: Response;
  try {
    response = await fetch(target, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: text,
      // A little longer than the server's own limit, so that its answer (a timeout) comes through.
      signal: AbortSignal.timeout(options.timeoutMs ?? ANNOTATE_TIMEOUT_MS + 30_000),
    });
  } catch (error) {
    throw new NlpUnavailableError(`CoreNLP at ${url} could not be reached (${(error as Error).message}).`);
  }
  const body = await response.text();
  if (!response.ok) {
    throw new NlpUnavailableError(
      `CoreNLP at ${url} answered ${response.status}: ${body.trim().slice(0, 200)}`,
    );
  }
  const parsed = nlpDocumentSchema.safeParse(JSON.parse(body));
  if (!parsed.success)
    throw new NlpUnavailableError(`CoreNLP at ${url} sent an answer of an unexpected shape.`);
  return parsed.data;
}
