import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { SLUG_MAX } from "../corpus/slugPattern.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { RUN_FILE_BYTES, readWatchFile } from "./files.ts";

/**
 * data/watches/runs/unfinished.json: the checks a publish started and that
 * have not ended yet, each with the articles it checks. A publish answers
 * before a slow check ends; if the server stops before it does, the next
 * `npm start` or `npm run load` checks those articles again (recording an
 * alert skips what was already reported, so a check done twice reports once).
 */
const unfinishedSchema = z.strictObject({
  checks: z.array(z.strictObject({ id: z.string().max(64), articles: z.array(z.string().max(SLUG_MAX)) })),
});
type Unfinished = z.infer<typeof unfinishedSchema>;

const SHOWN = "data/watches/runs/unfinished.json";
const pathOf = (dir: string) => join(dir, "runs", "unfinished.json");

function read(dir: string): Unfinished {
  return readWatchFile(pathOf(dir), SHOWN, unfinishedSchema, RUN_FILE_BYTES) ?? { checks: [] };
}

function write(dir: string, unfinished: Unfinished): void {
  if (unfinished.checks.length === 0) {
    rmSync(pathOf(dir), { force: true });
    return;
  }
  mkdirSync(join(dir, "runs"), { recursive: true });
  writeFileWhole(pathOf(dir), `${JSON.stringify(unfinished, null, 2)}\n`, { shownAs: SHOWN });
}

/** Notes that a check of these articles has started; returns its id, for `checkEnded`. */
export function checkStarted(dir: string, articles: readonly string[]): Promise<string> {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return withFolderLock(pathOf(dir), () => {
    const unfinished = read(dir);
    write(dir, { checks: [...unfinished.checks, { id, articles: [...articles] }] });
    return id;
  });
}

/** Notes that the checks `ids` have ended. */
export function checksEnded(dir: string, ids: readonly string[]): Promise<void> {
  return withFolderLock(pathOf(dir), () => {
    const unfinished = read(dir);
    write(dir, { checks: unfinished.checks.filter((c) => !ids.includes(c.id)) });
  });
}

/** The checks started and never ended (the server stopped during them). */
export function unfinishedChecks(dir: string): Unfinished["checks"] {
  return read(dir).checks;
}
