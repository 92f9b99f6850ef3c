import { parseFeed } from "feedsmith";
import { AddRefusal } from "../refusal.ts";

/** What Dossier takes from one feed item. */
export interface FeedEntry {
  title?: string;
  link?: string;
  /** As the feed writes it (RFC 822 in RSS, ISO 8601 in Atom). */
  date?: string;
  /** The article's text when the feed carries it (HTML), not a summary. */
  html?: string;
}

export interface ParsedFeed {
  title?: string;
  entries: FeedEntry[];
}

function text(value: string | { value?: string } | undefined): string | undefined {
  const raw = typeof value === "string" ? value : value?.value;
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

/** Dates come as the feed writes them; feedsmith leaves their type open. */
function dateText(value: unknown): string | undefined {
  return typeof value === "string" ? text(value) : undefined;
}

/**
 * The items of an RSS (0.9x, 1.0/RDF, 2.0) or Atom feed, parsed by feedsmith.
 * An item's own text is RSS's content:encoded or Atom's inline content; a
 * description or summary is only a teaser, so such an item's page is fetched.
 */
export function parseFeedEntries(xml: string, where: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch {
    throw new AddRefusal(`${where} is not an RSS or Atom feed.`);
  }
  switch (parsed.format) {
    case "rss":
    case "rdf": {
      const feed = parsed.feed;
      return {
        title: text(feed.title),
        entries: (feed.items ?? []).map((item) => ({
          title: text(item.title),
          link: text(item.link),
          date: dateText("pubDate" in item ? item.pubDate : undefined) ?? dateText(item.dc?.dates?.[0]),
          html: text(item.content?.encoded),
        })),
      };
    }
    case "atom": {
      const feed = parsed.feed;
      return {
        title: text(feed.title),
        entries: (feed.entries ?? []).map((entry) => {
          const links = entry.links ?? [];
          const page = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
          const content = entry.content;
          return {
            title: text(entry.title),
            link: text(page?.href),
            date: dateText(entry.published) ?? dateText(entry.updated),
            html: content && !content.src ? text(content.value) : undefined,
          };
        }),
      };
    }
    default:
      throw new AddRefusal(`${where} is not an RSS or Atom feed (it is a ${parsed.format} feed).`);
  }
}
