import { existsSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { checkWatches } from "../../graph/watches/check.ts";
import { watchesDir } from "../../graph/watches/files.ts";
import { checksEnded, unfinishedChecks } from "../../graph/watches/unfinished.ts";

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
  if (!existsSync(dir)) return;
  // Checks a publish started and the server never ended: their articles are checked again here.
  let unfinished: ReturnType<typeof unfinishedChecks> = [];
  try {
    unfinished = unfinishedChecks(dir);
  } catch (error) {
    log(`Warning: ${(error as Error).message}`);
  }
  const articles = [...new Set([...slugs, ...unfinished.flatMap((c) => c.articles)])];
  if (articles.length === 0) return;
  if (unfinished.length > 0)
    log(
      `Watches: checking again ${unfinished.length} check(s) a publish started and the server did not end.`,
    );
  const { alerts, warnings } = await checkWatches(new GraphDb(driver, database), dir, articles);
  if (unfinished.length > 0)
    await checksEnded(
      dir,
      unfinished.map((c) => c.id),
    );
  for (const warning of warnings) log(`Warning: ${warning}`);
  if (alerts.length > 0) {
    log(
      `Watches: ${alerts.length} new alert(s): ${alerts.map((a) => a.summary).join("; ")} (npm run watch -- check).`,
    );
  }
}
