import { basename } from "node:path";
import type { GivenMetadata } from "../metadata.ts";
import { feedDay } from "./feedDay.ts";
import { type FeedEntry, parseFeedEntries } from "./feedEntries.ts";
import type { BatchItem } from "./items.ts";
import { readFeed } from "./readFeed.ts";

function absolute(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  const url = URL.parse(link, base);
  return url && (url.protocol === "http:" || url.protocol === "https:") ? url.href : undefined;
}

/** The feed's HTML as a page of its own, so the text is read as any page's is. */
function page(html: string): Buffer {
  return Buffer.from(
    `<!doctype html>\n<html><head><meta charset="utf-8"></head><body><article>\n${html}\n</article></body></html>\n`,
    "utf8",
  );
}

function item(
  entry: FeedEntry,
  number: number,
  feedName: string,
  feedTitle: string | undefined,
  base?: string,
): BatchItem {
  const link = absolute(entry.link, base);
  const label = entry.title ?? link ?? `item ${number} of ${feedName}`;
  const given: GivenMetadata = { title: entry.title, published: feedDay(entry.date) };
  if (entry.html) {
    const host = link ? new URL(link).hostname.replace(/^www\./, "") : undefined;
    return {
      label,
      source: {
        from: "read",
        input: {
          bytes: page(entry.html),
          kind: "html",
          where: `Item ${number} of ${feedName}`,
          origin: `From the feed ${feedName} (the text it carries for item ${number})`,
          ...(host ? { host } : {}),
        },
      },
      given: { ...given, publisher: feedTitle, url: link },
    };
  }
  if (link) return { label, source: { from: "url", url: link }, given };
  return { label, refused: `item ${number} of ${feedName} has neither its text nor a link to its page.` };
}

/**
 * The items of an RSS or Atom feed, from an address or a file: each with the
 * feed's title, date and link; the text the feed carries, else its page.
 */
export async function itemsFromFeed(where: string): Promise<BatchItem[]> {
  const source = await readFeed(where);
  const feedName = source.base ? where : basename(where);
  const feed = parseFeedEntries(source.xml, where);
  return feed.entries.map((entry, index) => item(entry, index + 1, feedName, feed.title, source.base));
}
