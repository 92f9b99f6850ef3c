import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { basename, join, sep } from "node:path";
import { NotPlainFile, entryKind, readPlainFile } from "../corpus/plainFile.ts";
import type { DraftVersion } from "../contract/review.ts";
import { ReviewRefusal } from "./refusal.ts";
import { articlePaths } from "../corpus/articleFiles.ts";
import { isSlug } from "../corpus/slugPattern.ts";

/** The files of an article folder the review reads and writes. */
export interface ReviewFolder {
  slug: string;
  dir: string;
  text: string;
  meta: string;
  draft: string;
  annotation: string;
}

/** Refuses a folder or file of an article that is a link (it could point anywhere on the disk) or not what it should be. */
function checkEntry(path: string, slug: string, expected: "file" | "folder"): boolean {
  const kind = entryKind(path);
  if (kind === "missing") return false;
  if (kind === expected) return true;
  const name = expected === "folder" ? `The article folder "${slug}"` : `The file ${slug}/${basename(path)}`;
  throw new ReviewRefusal(
    `${name} is a ${kind}; Dossier reads and writes only plain files and folders there, and follows no link.`,
  );
}

/**
 * The article folder `slug` under `root`, refused (400) when the name could
 * lead outside it (the slug pattern leaves no "..", separator or encoding)
 * or when the folder or one of its files is a symbolic link; 404 when there
 * is no such article.
 */
export function reviewFolder(root: string, slug: string): ReviewFolder {
  if (!isSlug(slug)) {
    throw new ReviewRefusal(`"${slug}" is not an article folder name (lower-case words joined by hyphens).`);
  }
  const dir = join(root, slug);
  if (!checkEntry(dir, slug, "folder") || entryKind(articlePaths(dir).text) === "missing") {
    throw new ReviewRefusal(`There is no article "${slug}".`, "missing");
  }
  const base = realpathSync(root);
  if (!realpathSync(dir).startsWith(base + sep)) {
    throw new ReviewRefusal(`The article folder "${slug}" is not inside the articles folder.`);
  }
  const folder = {
    slug,
    dir,
    ...articlePaths(dir),
  };
  for (const file of [folder.text, folder.meta, folder.draft, folder.annotation])
    checkEntry(file, slug, "file");
  return folder;
}

/** The version of a draft.json's bytes: the first 16 hex digits of their SHA-256. */
export function versionOf(bytes: string | Buffer): DraftVersion {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

/** draft.json's bytes and version, or version "none" when there is none yet. */
export function readDraftFile(folder: ReviewFolder): { bytes: string | undefined; version: DraftVersion } {
  let read: Buffer | undefined;
  try {
    read = readPlainFile(folder.draft, `${folder.slug}/draft.json`);
  } catch (error) {
    if (error instanceof NotPlainFile) throw new ReviewRefusal(error.message);
    throw error;
  }
  if (!read) return { bytes: undefined, version: "none" };
  const bytes = read.toString("utf8");
  return { bytes, version: versionOf(bytes) };
}
