import { readFileSync } from "node:fs";
import { readCapped } from "../fetchPage.ts";
import { fileSize } from "../input.ts";
import { MAX_SOURCE_BYTES, megabytes } from "../limits.ts";
import { politeFetch } from "../politeFetch.ts";
import { AddRefusal } from "../refusal.ts";

/** A feed's XML and the address its relative links are read against. */
export interface FeedSource {
  xml: string;
  base?: string;
}

const FEED_TYPES =
  "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

function fetchFeed(url: string): Promise<FeedSource> {
  return politeFetch(url, FEED_TYPES, async (response) => {
    if (!response.ok) {
      await response.body?.cancel();
      throw new AddRefusal(`${url} answered HTTP ${response.status}, not a feed.`);
    }
    const bytes = await readCapped(response, url);
    return { xml: Buffer.from(bytes).toString("utf8"), base: response.url || url };
  });
}

function readFeedFile(path: string): FeedSource {
  const size = fileSize(path);
  if (size > MAX_SOURCE_BYTES) {
    throw new AddRefusal(
      `${path} is ${megabytes(size)}; a feed may have at most ${megabytes(MAX_SOURCE_BYTES)}.`,
    );
  }
  return { xml: readFileSync(path, "utf8") };
}

/** A feed from an http(s) address (fetched politely, within the time limit) or a file. */
export function readFeed(where: string): Promise<FeedSource> {
  return /^https?:\/\//i.test(where) ? fetchFeed(where) : Promise.resolve(readFeedFile(where));
}
