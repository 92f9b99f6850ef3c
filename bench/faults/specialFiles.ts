import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTICLE_FILES } from "../../graph/corpus/articleFiles.ts";
import { versionOf } from "../../graph/review/folder.ts";
import { LAKE_SLUG, lakeDraft, writeLakeFolder } from "../../tests/support/reviewFixture.ts";
import { checkConsistency, describeConsistency } from "./consistency.ts";
import { faultStack } from "./stack.ts";
import type { FaultRow, FaultSection } from "./types.ts";

/** A request that takes longer than this counts as a hang. */
const HANG_MS = 10_000;
const ROLES = [ARTICLE_FILES.text, ARTICLE_FILES.meta, ARTICLE_FILES.draft] as const;
const KINDS = [
  "named pipe (FIFO)",
  "directory",
  "symbolic link to a file outside",
  "device (/dev/null's)",
] as const;
type Kind = (typeof KINDS)[number];

/** Puts the special file at `path`; a reason when this machine cannot make it (mknod needs root). */
function makeSpecial(kind: Kind, path: string, outside: string): string | undefined {
  rmSync(path, { force: true });
  if (kind === "directory") mkdirSync(path);
  else if (kind === "symbolic link to a file outside") symlinkSync(outside, path);
  else {
    const made =
      kind === "named pipe (FIFO)"
        ? spawnSync("mkfifo", [path], { encoding: "utf8" })
        : spawnSync("mknod", [path, "c", "1", "3"], { encoding: "utf8" });
    if (made.status !== 0) return (made.stderr || made.error?.message || "failed").trim().split("\n")[0];
  }
  return undefined;
}

type Tally = { hangs: number; errors: number; answers: string[] };

async function ask(tally: Tally, what: string, request: () => Promise<Response>): Promise<void> {
  try {
    const answer = await request();
    const body = (await answer.json().catch(() => ({}))) as { error?: { code?: string } };
    if (answer.status >= 500) tally.errors += 1;
    tally.answers.push(`${what} ${answer.status}${body.error?.code ? ` ${body.error.code}` : ""}`);
  } catch {
    tally.hangs += 1;
    tally.answers.push(`${what} HUNG`);
  }
}

/** Every route that reads the folder, then health: a hang or a 5xx counts. */
async function tryRoutes(url: string, slug: string, outsideText: string): Promise<Tally> {
  const tally: Tally = { hangs: 0, errors: 0, answers: [] };
  const signal = () => AbortSignal.timeout(HANG_MS);
  const post = (path: string, body: unknown) => () =>
    fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: signal(),
    });
  await ask(tally, "drafts list", () => fetch(`${url}/api/drafts`, { signal: signal() }));
  await ask(tally, "open", () => fetch(`${url}/api/articles/${slug}/draft`, { signal: signal() }));
  // A well-formed save and publish, so that each reaches the folder's files.
  const draft = lakeDraft();
  const baseVersion = versionOf(`${JSON.stringify(draft, null, 2)}\n`);
  await ask(tally, "save", post(`/api/articles/${slug}/draft`, { baseVersion, draft }));
  await ask(tally, "publish", post(`/api/articles/${slug}/publish`, { baseVersion }));
  await ask(tally, "add of the outside file's text", post("/api/articles", { text: outsideText }));
  await ask(tally, "health", () => fetch(`${url}/api/health`, { signal: signal() }));
  return tally;
}

export const specialFilesSection: FaultSection = {
  title: "Special files in an article folder",
  async run(log) {
    const stack = await faultStack({ log });
    const rows: FaultRow[] = [];
    const staging = join(stack.articles, "..", "staging");
    writeLakeFolder(staging);
    try {
      const server = await stack.start();
      for (const [n, kind] of KINDS.entries()) {
        for (const [m, role] of ROLES.entries()) {
          const slug = `2026-05-03-special-${n}-${m}`;
          const dir = join(stack.articles, slug);
          cpSync(join(staging, LAKE_SLUG), dir, { recursive: true });
          const meta = join(dir, ARTICLE_FILES.meta);
          writeFileSync(meta, readFileSync(meta, "utf8").replace(LAKE_SLUG, slug));
          const outsideText = `A private note, case ${n}-${m}: the safe code is ${1000 + n * 10 + m}.\n`;
          const outside = join(stack.articles, "..", `outside-${n}-${m}.txt`);
          writeFileSync(outside, outsideText);
          const why = makeSpecial(kind, join(dir, role), outside);
          if (why) {
            rmSync(dir, { recursive: true, force: true });
            rows.push({ fault: `${kind} as ${role}`, outcome: `not tried here: ${why}`, pass: true });
            continue;
          }
          const tally = await tryRoutes(server.url, slug, outsideText);
          log(`${kind} as ${role}: ${tally.answers.join(", ")}`);
          rows.push({
            fault: `${kind} as ${role}`,
            outcome: `${tally.hangs} hangs, ${tally.errors} 5xx (${tally.answers.join(", ")})`,
            pass: tally.hangs === 0 && tally.errors === 0,
          });
          rmSync(dir, { recursive: true, force: true });
        }
      }
      await server.stop();
      const next = await stack.start();
      const consistency = await checkConsistency(stack.driver, stack.articles);
      await next.stop();
      rows.push({
        fault: "the next start, after the adds above",
        outcome: describeConsistency(consistency),
        pass: consistency.ok,
      });
    } finally {
      await stack.close();
    }
    return rows;
  },
};
