import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { projectRoot } from "../config/projectRoot.ts";

/**
 * A path as messages show it, never absolute: relative to the working
 * directory or the project; a path outside both by its folder and name
 * (an article folder outside the project: `articles/2025-06-23-goita-moscow`).
 */
export function displayPath(path: string): string {
  for (const base of [process.cwd(), projectRoot]) {
    const rel = relative(base, path);
    if (rel === "") return ".";
    if (!rel.startsWith("..") && !isAbsolute(rel)) return rel;
  }
  return join(basename(dirname(path)), basename(path));
}
