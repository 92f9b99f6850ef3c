import { linkSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { writeFileWhole } from "../../files/writeWhole.ts";
import { join } from "node:path";
import { displayPath } from "../../corpus/displayPath.ts";
import { isProcessOf } from "../../process/pidFile.ts";
import { AddRefusal } from "../refusal.ts";

const LOCK_NAME = ".batch-add.lock";

/**
 * Claims the articles folder for one batch at a time: two batches of the same
 * list would both pass the duplicate check and add each text twice. A lock
 * left by a run that was killed (its process is gone) is taken over. Returns
 * the release function; the lock is hidden, so `load` never sees it.
 */
export function claimArticlesDir(articlesDir: string): () => void {
  mkdirSync(articlesDir, { recursive: true });
  const path = join(articlesDir, LOCK_NAME);
  const mine = `${process.pid}\n${new Date().toISOString()}\n`;
  // Written whole beside it, then linked into place: another run never reads a half-written lock.
  const draft = join(articlesDir, `${LOCK_NAME}.${process.pid}`);
  writeFileWhole(draft, mine, { shownAs: LOCK_NAME });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      linkSync(draft, path);
      rmSync(draft, { force: true });
      return () => {
        try {
          if (readFileSync(path, "utf8") === mine) rmSync(path, { force: true });
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        rmSync(draft, { force: true });
        throw error;
      }
      let owner = "";
      try {
        owner = readFileSync(path, "utf8");
      } catch {
        continue; // released meanwhile: try again
      }
      const [pid, since] = owner.split("\n");
      if (Number(pid) > 0 && isProcessOf(Number(pid), "add")) {
        rmSync(draft, { force: true });
        throw new AddRefusal(
          `Another batch add (process ${pid}, started ${since ?? "earlier"}) is adding to ${displayPath(articlesDir)}; run this one when it has finished.`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  rmSync(draft, { force: true });
  throw new AddRefusal(`${displayPath(articlesDir)} could not be claimed for a batch add; try again.`);
}
