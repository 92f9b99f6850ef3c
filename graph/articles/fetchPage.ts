import { AddRefusal } from "./refusal.ts";
import { FETCH_TIMEOUT_MS, MAX_SOURCE_BYTES, megabytes } from "./limits.ts";
import { type SourceKind, kindOfContentType, kindOfName } from "./sourceKind.ts";

export interface FetchedPage {
  bytes: Uint8Array;
  kind: SourceKind;
  /** The address after redirects. */
  finalUrl: string;
}

function failure(url: string, error: unknown): AddRefusal {
  const name = (error as { name?: string }).name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new AddRefusal(`${url} did not answer within ${FETCH_TIMEOUT_MS / 1000} seconds.`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (error as Error).message;
  return new AddRefusal(`${url} could not be fetched (${why}).`);
}

/** Reads a response body up to the size limit, refusing a larger page without reading it all. */
async function readCapped(response: Response, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_SOURCE_BYTES) {
      await reader.cancel();
      throw new AddRefusal(`${url} is larger than ${megabytes(MAX_SOURCE_BYTES)}, the most a page may have.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches an http(s) page within the time limit (headers and body). Its kind
 * comes from the Content-Type, else from the path's extension, else HTML.
 */
export async function fetchPage(url: string): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      signal,
      redirect: "follow",
      headers: { accept: "text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.8" },
    });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      throw new AddRefusal(`${url} answered HTTP ${status}, not a page.`);
    }
    const byType = kindOfContentType(response.headers.get("content-type"));
    if (byType === "other") {
      await response.body?.cancel();
      throw new AddRefusal(
        `${url} is ${response.headers.get("content-type")}, not an HTML, Markdown or text page.`,
      );
    }
    const byName = kindOfName(new URL(response.url || url).pathname);
    const kind = byType === "txt" && byName === "md" ? "md" : (byType ?? byName ?? "html");
    const bytes = await readCapped(response, url);
    return { bytes, kind, finalUrl: response.url || url };
  } catch (error) {
    if (error instanceof AddRefusal) throw error;
    throw failure(url, signal.aborted ? signal.reason : error);
  }
}
