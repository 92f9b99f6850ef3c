import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { addArticle } from "../../graph/articles/add.ts";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import { HARBOUR_TEXT, tempDir } from "../support/addFixtures.ts";
import { GOITA_SLUG, goitaDir } from "../support/articleFixture.ts";
import { launchBrowser } from "../support/browser.ts";
import { runCli } from "../support/cli.ts";
import { freePort } from "../support/freePort.ts";

const dataDir = mkdtempSync(join(tmpdir(), "dossier-start-"));
/** Where npm start keeps the workbench's own Neo4j when NEO4J_DATA is set. */
const workbenchDataDir = `${dataDir}-workbench`;
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
  await runCli("db", ["stop"], { NEO4J_DATA: dataDir });
  await runCli("db", ["stop"], { NEO4J_DATA: workbenchDataDir });
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(workbenchDataDir, { recursive: true, force: true });
});

function waitForOutput(proc: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", onData);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}:\n${output}`));
    });
  });
}

describe("npm start", () => {
  it(
    "starts both Neo4j instances, loads the article (not a draft-only folder) into each, serves the app, and stops everything on Ctrl-C",
    { timeout: 540_000 },
    async () => {
      const [neo4jPort, workbenchPort, port] = [await freePort(), await freePort(), await freePort()];
      // The articles: the annotated one, and one added since that holds only a draft.
      const articles = tempDir("start-articles");
      cpSync(goitaDir, join(articles, GOITA_SLUG), { recursive: true });
      const draft = await addArticle({ from: "text", text: HARBOUR_TEXT }, {}, { articlesDir: articles });
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NEO4J_DATA: dataDir,
        NEO4J_PORT: String(neo4jPort),
        PORT: String(port),
        NEO4J_HEAP: "512m",
        WORKBENCH_NEO4J_PORT: String(workbenchPort),
        // The run's CoreNLP: npm start uses it for suggestions instead of starting its own.
        NLP_URL: inject("nlpUrl"),
        DOSSIER_ARTICLES: articles,
      };
      delete env.NEO4J_URI;
      // Its own process group, like a terminal's foreground job, so Ctrl-C can reach all of it.
      child = spawn("npm", ["start", "--silent"], { cwd: projectRoot, env, detached: true });
      const nlpLine = waitForOutput(child, /Suggestions use CoreNLP at (\S+)\./, 470_000);
      nlpLine.catch(() => undefined);
      const workbenchLine = waitForOutput(child, /The workbench's Neo4j is running at (\S+)\./, 470_000);
      workbenchLine.catch(() => undefined);
      const [, skipped, url] = await waitForOutput(
        child,
        /Skipping (\S+): it holds a draft \(draft\.json\) but no annotation\.json yet\.[\s\S]*Dossier is ready: (http:\/\/\S+)/,
        440_000,
      );
      // A folder outside the project is named by its parent folder and its own name, never an absolute path.
      expect(skipped).toBe(`${basename(dirname(draft.dir))}/${basename(draft.dir)}`);
      expect((await nlpLine)[1]).toBe(inject("nlpUrl"));
      expect(url).toBe(`http://127.0.0.1:${port}`);

      const health = (await (await fetch(`${url}/api/health`)).json()) as {
        counts: { labels: Record<string, number> };
      };
      expect(health.counts.labels.Person).toBe(2);
      expect(health.counts.labels.Article).toBe(1);
      // The workbench asks its own Neo4j, filled from the same folders.
      expect((await workbenchLine)[1]).toBe(`bolt://127.0.0.1:${workbenchPort}`);
      const articleCount = await fetch(`${url}/api/query`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "MATCH (a:Article) RETURN count(a) AS n" }),
      });
      expect(((await articleCount.json()) as { rows: unknown[][] }).rows).toEqual([[1]]);

      const { browser, close } = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.goto(url!);
        await expect
          .poll(() => page.locator("body").innerText(), { timeout: 30_000 })
          .toMatch(/Neo4j 5\.\d+/);
      } finally {
        await close();
      }

      const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
      process.kill(-child.pid!, "SIGINT"); // what Ctrl-C in a terminal does
      await exited;
      const status = await runCli("db", ["status"], { NEO4J_DATA: dataDir, NEO4J_PORT: String(neo4jPort) });
      expect(status.stdout).toContain("stopped");
      const workbench = await runCli("db", ["status"], {
        NEO4J_DATA: workbenchDataDir,
        NEO4J_PORT: String(workbenchPort),
      });
      expect(workbench.stdout).toContain("stopped");
      await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    },
  );
});
