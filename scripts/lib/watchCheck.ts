import { existsSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { checkWatches } from "../../graph/watches/check.ts";
import { watchesDir } from "../../graph/watches/files.ts";

/**
 * Checks the watches against the articles a load just brought (new or
 * changed), and says what it found in a line or two. Never throws: a watch
 * that cannot be checked is a warning line, the load stays done.
 */
export async function checkWatchesAfterLoad(
  driver: Driver,
  database: string | undefined,
  articlesDir: string,
  slugs: readonly string[],
  log: (line: string) => void,
): Promise<void> {
  const dir = watchesDir(articlesDir);
  if (!existsSync(dir) || slugs.length === 0) return;
  const { alerts, warnings } = await checkWatches(new GraphDb(driver, database), dir, slugs);
  for (const warning of warnings) log(`Warning: ${warning}`);
  if (alerts.length > 0) {
    log(
      `Watches: ${alerts.length} new alert(s): ${alerts.map((a) => a.summary).join("; ")} (npm run watch -- check).`,
    );
  }
}
