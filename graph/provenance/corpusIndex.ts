import { statSync } from "node:fs";
import { join } from "node:path";
import { articlePaths } from "../corpus/articleFiles.ts";
import { type CorpusFolder, corpusFolderNames, readCorpusFolder } from "./corpusFolders.ts";
import { ReprintIndex } from "./reprints.ts";

/**
 * One reprint index per folder of article folders, kept for the life of the
 * process and brought up to date with the folder listing on each use: a
 * server or a batch add shingles each text once, not once per add, and reads
 * a folder's files again only when one of them changed.
 */
interface Cached {
  index: ReprintIndex;
  folders: Map<string, CorpusFolder>;
  /** Each folder's files as last read (inode, modification time and size: a whole write makes a new inode). */
  stamps: Map<string, string>;
}

const CACHE = new Map<string, Cached>();

function stampOf(dir: string): string {
  const paths = articlePaths(dir);
  return [paths.text, paths.meta, paths.provenance]
    .map((file) => {
      try {
        const s = statSync(file);
        return `${s.ino}:${s.mtimeMs}:${s.size}`;
      } catch {
        return "-";
      }
    })
    .join(" ");
}

/** The corpus under `root` (its readable article folders by slug) and its reprint index, up to date. */
export function corpusIndex(root: string): Omit<Cached, "stamps"> {
  let cached = CACHE.get(root);
  if (!cached) {
    cached = { index: new ReprintIndex(), folders: new Map(), stamps: new Map() };
    CACHE.set(root, cached);
  }
  const names = corpusFolderNames(root);
  const present = new Set(names);
  for (const slug of [...cached.stamps.keys()]) {
    if (present.has(slug)) continue;
    cached.folders.delete(slug);
    cached.stamps.delete(slug);
    cached.index.remove(slug);
  }
  for (const slug of names) {
    const dir = join(root, slug);
    const stamp = stampOf(dir);
    if (cached.stamps.get(slug) === stamp) continue;
    cached.stamps.set(slug, stamp);
    const known = cached.folders.get(slug);
    const folder = readCorpusFolder(dir);
    if (!folder) {
      if (known) cached.index.remove(slug);
      cached.folders.delete(slug);
      continue;
    }
    cached.folders.set(slug, folder);
    if (!known || known.text !== folder.text) cached.index.add(slug, folder.text);
  }
  return cached;
}
