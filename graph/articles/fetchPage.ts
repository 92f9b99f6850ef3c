import { MAX_SOURCE_BYTES, megabytes } from "./limits.ts";
import { politeFetch } from "./politeFetch.ts";
import { AddRefusal } from "./refusal.ts";
import { type SourceKind, kindOfContentType, kindOfName } from "./sourceKind.ts";

export interface FetchedPage {
  bytes: Uint8Array;
  kind: SourceKind;
  /** The address after redirects. */
  finalUrl: string;
}

/** Reads a response body up to the size limit, refusing a larger page without reading it all. */
export async function readCapped(response: Response, url: string): Promise<Uint8Array> {
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
 * Fetches an http(s) page within the time limit (headers and body), politely
 * (see politeFetch). Its kind comes from the Content-Type, else from the
 * path's extension, else HTML.
 */
export function fetchPage(url: string): Promise<FetchedPage> {
  return politeFetch(
    url,
    "text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.8",
    async (response) => {
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
    },
  );
}
