import { createHash } from "node:crypto";
import { existsSync, lstatSync, readFileSync, realpathSync } from "node:fs";
import { join, sep } from "node:path";
import type { DraftVersion } from "../contract/review.ts";
import { ReviewRefusal } from "./refusal.ts";

/** The files of an article folder the review reads and writes. */
export interface ReviewFolder {
  slug: string;
  dir: string;
  text: string;
  meta: string;
  draft: string;
  annotation: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A path that exists and is not a symbolic link (a link could point anywhere on the disk). */
function plainEntry(path: string, slug: string): "file" | "dir" | undefined {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) {
    throw new ReviewRefusal(
      `The article folder "${slug}" holds a symbolic link; Dossier reads and writes only plain files there.`,
    );
  }
  return stat.isDirectory() ? "dir" : "file";
}

/**
 * The article folder `slug` under `root`, refused (400) when the name could
 * lead outside it (the slug pattern leaves no "..", separator or encoding)
 * or when the folder or one of its files is a symbolic link; 404 when there
 * is no such article.
 */
export function reviewFolder(root: string, slug: string): ReviewFolder {
  if (!SLUG.test(slug)) {
    throw new ReviewRefusal(`"${slug}" is not an article folder name (lower-case words joined by hyphens).`);
  }
  const dir = join(root, slug);
  if (plainEntry(dir, slug) !== "dir" || !existsSync(join(dir, "article.txt"))) {
    throw new ReviewRefusal(`There is no article "${slug}".`, "missing");
  }
  const base = realpathSync(root);
  if (!realpathSync(dir).startsWith(base + sep)) {
    throw new ReviewRefusal(`The article folder "${slug}" is not inside the articles folder.`);
  }
  const folder = {
    slug,
    dir,
    text: join(dir, "article.txt"),
    meta: join(dir, "meta.json"),
    draft: join(dir, "draft.json"),
    annotation: join(dir, "annotation.json"),
  };
  for (const file of [folder.text, folder.meta, folder.draft, folder.annotation]) plainEntry(file, slug);
  return folder;
}

/** The version of a draft.json's bytes: the first 16 hex digits of their SHA-256. */
export function versionOf(bytes: string | Buffer): DraftVersion {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

/** draft.json's bytes and version, or version "none" when there is none yet. */
export function readDraftFile(folder: ReviewFolder): { bytes: string | undefined; version: DraftVersion } {
  if (!existsSync(folder.draft)) return { bytes: undefined, version: "none" };
  const bytes = readFileSync(folder.draft, "utf8");
  return { bytes, version: versionOf(bytes) };
}
