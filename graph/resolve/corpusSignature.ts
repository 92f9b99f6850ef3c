import { statSync } from "node:fs";
import { join } from "node:path";
import { articlePaths } from "../corpus/articleFiles.ts";
import { corpusFolderNames } from "../provenance/corpusFolders.ts";
import { decisionsPath } from "./decisionsFile.ts";

function modified(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * What the candidate pairs depend on, in a few stats per folder (no file is
 * read): each folder's annotation and draft modification times, and the
 * decisions file's. Equal signatures mean the pairs are the same.
 */
export function corpusSignature(articlesDir: string): string {
  const parts = corpusFolderNames(articlesDir).map((slug) => {
    const paths = articlePaths(join(articlesDir, slug));
    return `${slug}:${modified(paths.annotation)}:${modified(paths.draft)}`;
  });
  return `${modified(decisionsPath(articlesDir))}\n${parts.join("\n")}`;
}
