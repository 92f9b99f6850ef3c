import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { SLUG_MAX } from "../corpus/slugPattern.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { RUN_FILE_BYTES, readWatchFile } from "./files.ts";

/** data/watches/runs/last-load.json: the articles the last publish or load brought, for `watch check --since-load`. */
const lastLoadSchema = z.strictObject({
  at: z.iso.datetime(),
  articles: z.array(z.string().max(SLUG_MAX)),
});
export type LastLoad = z.infer<typeof lastLoadSchema>;

const SHOWN = "data/watches/runs/last-load.json";
const pathOf = (dir: string) => join(dir, "runs", "last-load.json");

export function writeLastLoad(dir: string, articles: string[], at: Date): void {
  mkdirSync(join(dir, "runs"), { recursive: true });
  writeFileWhole(pathOf(dir), `${JSON.stringify({ at: at.toISOString(), articles }, null, 2)}\n`, {
    shownAs: SHOWN,
  });
}

/** The last load, or undefined when nothing was loaded since watches existed. */
export function readLastLoad(dir: string): LastLoad | undefined {
  return readWatchFile(pathOf(dir), SHOWN, lastLoadSchema, RUN_FILE_BYTES);
}
