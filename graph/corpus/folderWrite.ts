import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { basename, join } from "node:path";
import { textHash } from "./textHash.ts";
import { freeSlug } from "./slug.ts";
import { NotPlainFile, readPlainFile } from "./plainFile.ts";
import { syncFolder, writeFileWhole } from "../files/writeWhole.ts";
import { FileWriteError, fileWriteError } from "../files/writeError.ts";
import { articlePaths } from "./articleFiles.ts";

/** The name of a folder being written starts so; the rename to its slug makes it an article. */
const ADDING_PREFIX = ".adding-";
/**
 * A folder is written in well under a second (its files, then one rename); one
 * this old was left by an add that was killed midway.
 */
const ABANDONED_AFTER_MS = 15 * 60_000;

/**
 * Removes the hidden folders that killed adds left behind (never a folder an
 * add may still be writing: only those untouched for 15 minutes). Returns their names.
 */
export function removeAbandonedFolders(root: string, now = Date.now()): string[] {
  if (!existsSync(root)) return [];
  const removed: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(ADDING_PREFIX)) continue;
    const dir = join(root, entry.name);
    if (now - lstatSync(dir).mtimeMs < ABANDONED_AFTER_MS) continue;
    rmSync(dir, { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}

/** Article folders under the root; hidden ones (a folder being written) are not articles yet. */
function articleFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("."))
    .map((d) => join(root, d.name));
}

/** An article.txt's text, or undefined when it is missing or not a plain file (never followed nor opened). */
function plainText(file: string): string | undefined {
  try {
    return readPlainFile(file, file)?.toString("utf8");
  } catch (error) {
    if (error instanceof NotPlainFile) return undefined;
    throw error;
  }
}

/** The folder whose article.txt has this SHA-256, if any; a link or special file never counts. */
export function folderWithText(root: string, hash: string): string | undefined {
  return articleFolders(root).find((dir) => {
    const text = plainText(articlePaths(dir).text);
    return text !== undefined && textHash(text) === hash;
  });
}

/**
 * Writes the files into a hidden temporary folder inside the root, then
 * renames it to the first free slug: readers see the whole folder or none,
 * and a failure removes the temporary folder. Returns the slug used. A
 * system error (a full disk when making the folder, say) becomes the
 * writer's one sentence, naming the folder.
 */
export function writeFolderAtomically(
  root: string,
  slug: string,
  files: (slug: string) => Record<string, string | Uint8Array>,
): string {
  try {
    return writeFolder(root, slug, files);
  } catch (error) {
    if (error instanceof FileWriteError || typeof (error as NodeJS.ErrnoException).code !== "string")
      throw error;
    throw fileWriteError(error, join(basename(root), slug));
  }
}

function writeFolder(
  root: string,
  slug: string,
  files: (slug: string) => Record<string, string | Uint8Array>,
): string {
  mkdirSync(root, { recursive: true });
  const temp = mkdtempSync(join(root, ADDING_PREFIX));
  try {
    // mkdtemp makes the folder private; an article folder is as readable as any other.
    chmodSync(temp, 0o777 & ~process.umask());
    for (;;) {
      const chosen = freeSlug(slug, (s) => existsSync(join(root, s)));
      for (const [name, content] of Object.entries(files(chosen))) {
        writeFileWhole(join(temp, name), content, { shownAs: join(chosen, name) });
      }
      try {
        renameSync(temp, join(root, chosen));
        syncFolder(root);
        return chosen;
      } catch (error) {
        // Another writer took the name meanwhile: try the next one.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "EEXIST" && code !== "ENOTEMPTY") throw error;
      }
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}
