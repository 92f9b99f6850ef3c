import { Command, InvalidArgumentError } from "commander";
import { readEnv } from "../graph/config/env.ts";
import { articlesDirFromEnv } from "../graph/corpus/articlesDir.ts";
import { WATCH_LIMITS, type Alert, type WatchTarget } from "../graph/contract/watches.ts";
import { GraphDb } from "../graph/db/graphDb.ts";
import { addWatch, removeWatch } from "../graph/watches/add.ts";
import { checkWatches } from "../graph/watches/check.ts";
import { watchesDir } from "../graph/watches/files.ts";
import { markRead, readInbox } from "../graph/watches/inbox.ts";
import { readLastLoad } from "../graph/watches/lastLoad.ts";
import { UserError, runMain } from "./lib/cli.ts";
import { connect } from "./lib/connect.ts";

const dir = () => watchesDir(articlesDirFromEnv(readEnv()));

function hops(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > WATCH_LIMITS.maxHops) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${WATCH_LIMITS.maxHops}.`);
  }
  return n;
}

/** Runs `work` with the graph's database, closing the driver after. */
async function withDb<T>(work: (db: GraphDb) => Promise<T>): Promise<T> {
  const { driver, database } = await connect();
  try {
    return await work(new GraphDb(driver, database));
  } finally {
    await driver.close();
  }
}

async function add(target: WatchTarget, label: string | undefined): Promise<void> {
  const watch = await withDb((db) => addWatch(db, dir(), { target, ...(label ? { label } : {}) }));
  console.log(`Watching ${watch.label}: data/watches/${watch.id}.json.`);
}

function printAlert(alert: Alert & { label: string }): void {
  console.log(
    `[${alert.id}] ${alert.created.slice(0, 16).replace("T", " ")} ${alert.summary} (from ${alert.articles.join(", ")})`,
  );
  if (alert.path) console.log(`  path: ${alert.path.join(" - ")}`);
  for (const r of alert.relationships) {
    const title = r.article.title ? ` "${r.article.title}"` : "";
    console.log(`  ${r.from.name} -${r.type}-> ${r.to.name}   ${r.article.slug}${title}`);
    for (const quote of r.quotes) console.log(`    “${quote}”`);
  }
  if (alert.columns && alert.rows) {
    console.log(`  ${alert.columns.join(" | ")}`);
    for (const row of alert.rows) console.log(`  ${row.map((v) => JSON.stringify(v)).join(" | ")}`);
  }
}

const program = new Command("watch")
  .description(
    "Watch an entity, a pair of entities or a saved query for what new articles add (data/watches/).",
  )
  .showHelpAfterError();

const addCommand = program.command("add").description("add a watch");
addCommand
  .command("entity <id>")
  .description("any new relationship of the entity with this id")
  .option("--label <text>", "the name shown in alerts")
  .action((id: string, opts: { label?: string }) => add({ kind: "entity", entity: id }, opts.label));
addCommand
  .command("pair <from> <to>")
  .description("a new path between two entities (by id) that uses a new relationship")
  .option("--hops <n>", `the longest path, 1 to ${WATCH_LIMITS.maxHops}`, hops, 3)
  .option("--label <text>", "the name shown in alerts")
  .action((from: string, to: string, opts: { hops: number; label?: string }) =>
    add({ kind: "pair", from, to, hops: opts.hops }, opts.label),
  );
addCommand
  .command("query <name>")
  .description("new rows of a saved query of cypher/queries (its file name without .cypher)")
  .option("--label <text>", "the name shown in alerts")
  .action((name: string, opts: { label?: string }) => add({ kind: "query", query: name }, opts.label));

program
  .command("list")
  .description("list the watches and their unread alerts")
  .action(() => {
    const inbox = readInbox(dir());
    for (const line of inbox.unreadable) console.error(`Warning: ${line}`);
    if (inbox.watches.length === 0)
      console.log("No watches (add one with: npm run watch -- add entity <id>).");
    for (const w of inbox.watches) console.log(`${w.id.padEnd(40)} ${w.label} (${w.unread} unread)`);
  });

program
  .command("remove <id>")
  .description("remove a watch and its alerts")
  .action((id: string) => {
    removeWatch(dir(), id);
    console.log(`Removed the watch ${id}.`);
  });

program
  .command("check")
  .description("print the unread alerts (exit code 0 whatever they hold)")
  .option(
    "--since-load",
    "first check the watches again against the articles the last load or publish brought",
  )
  .option("--mark-read", "mark the alerts printed as read")
  .action(async (opts: { sinceLoad?: boolean; markRead?: boolean }) => {
    if (opts.sinceLoad) {
      const last = readLastLoad(dir());
      if (!last)
        throw new UserError(
          "Nothing was loaded or published since watches were added: there is no last load to check.",
        );
      const { warnings } = await withDb((db) => checkWatches(db, dir(), last.articles, { remember: false }));
      for (const warning of warnings) console.error(`Warning: ${warning}`);
    }
    const inbox = readInbox(dir());
    for (const line of inbox.unreadable) console.error(`Warning: ${line}`);
    const unread = inbox.alerts.filter((a) => !a.read);
    if (unread.length === 0) console.log("No unread alerts.");
    for (const alert of unread) printAlert(alert);
    if (opts.markRead) for (const alert of unread) await markRead(dir(), alert.id);
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
