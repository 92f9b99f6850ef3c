import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { SLUG_MAX } from "../corpus/slugPattern.ts";
import { NotPlainFile, readPlainFile } from "../corpus/plainFile.ts";
import { parseJsonText } from "../files/readJsonFile.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { WatchRefusal } from "./refusal.ts";

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
  let bytes: Buffer | undefined;
  try {
    bytes = readPlainFile(pathOf(dir), SHOWN);
  } catch (error) {
    if (error instanceof NotPlainFile)
      throw new WatchRefusal(`${SHOWN} is a ${error.kind}, not a plain file.`);
    throw error;
  }
  return bytes && parseJsonText(bytes.toString("utf8"), lastLoadSchema, SHOWN, (m) => new WatchRefusal(m));
}
