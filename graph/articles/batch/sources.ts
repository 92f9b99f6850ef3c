import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { GivenMetadata } from "../metadata.ts";
import { displayPath } from "../../corpus/displayPath.ts";
import { AddRefusal } from "../refusal.ts";
import { itemsFromFeed } from "./fromFeed.ts";
import { itemsFromFolder } from "./fromFolder.ts";
import { itemsFromLinks } from "./fromLinks.ts";
import type { BatchItem } from "./items.ts";

export interface BatchArguments {
  argument?: string | undefined;
  urls?: string | undefined;
  feed?: string | undefined;
  isFolder: (path: string) => boolean;
}

/** Flags that describe one article and so make no sense for many. */
const ONE_ARTICLE = [
  ["title", "--title"],
  ["published", "--published"],
  ["url", "--url"],
] as const;

function readLinks(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new AddRefusal(`${displayPath(path)} does not exist or cannot be read.`);
  }
}

/**
 * What to add many of: a folder, a links file or a feed; undefined for a
 * single article. Refuses two at once, and flags meant for one article.
 */
export function batchSource(
  args: BatchArguments,
  given: GivenMetadata,
): { where: string; items: () => Promise<BatchItem[]> } | undefined {
  const folder = args.argument && args.isFolder(args.argument) ? args.argument : undefined;
  const chosen = [folder, args.urls, args.feed].filter((x) => x !== undefined);
  if (chosen.length === 0) return undefined;
  if (chosen.length > 1 || (args.argument && !folder)) {
    throw new AddRefusal("Give one of a file, a URL, a folder, --urls or --feed at a time.");
  }
  for (const [field, flag] of ONE_ARTICLE) {
    if (given[field]?.trim()) {
      throw new AddRefusal(`${flag} describes one article, so it cannot be used when adding many.`);
    }
  }
  if (folder) return { where: folder, items: () => Promise.resolve(itemsFromFolder(folder)) };
  if (args.urls) {
    const path = args.urls;
    return { where: basename(path), items: () => Promise.resolve(itemsFromLinks(readLinks(path), path)) };
  }
  const feed = args.feed!;
  return { where: feed, items: () => itemsFromFeed(feed) };
}
