import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DuplicatesResponse } from "../../graph/contract/duplicates.ts";
import { decisionsPath } from "../../graph/resolve/decisionsFile.ts";
import { listTree, tempDir } from "../support/addFixtures.ts";
import { runCli } from "../support/cli.ts";
import { writeWagnerFolders } from "../support/wagnerFixture.ts";

// The decisions file lives beside the articles folder, so the folder gets a parent of its own.
const articles = join(tempDir("merge-command"), "articles");
const data = dirname(articles);
const env = { DOSSIER_ARTICLES: articles };

/** Every file under the data folder with its content: equal snapshots mean nothing was written. */
function snapshot(): string[] {
  return listTree(data).map((f) => {
    try {
      return `${f}\n${readFileSync(join(data, f), "utf8")}`;
    } catch {
      return f;
    }
  });
}

beforeAll(() => {
  mkdirSync(articles, { recursive: true });
  writeWagnerFolders(articles);
});

describe("npm run duplicates and npm run merge", () => {
  it("lists the drafts' two names of one group as a possible duplicate", async () => {
    const listed = await runCli("duplicates", ["--json"], env);
    expect(listed.code).toBe(0);
    const answer = JSON.parse(listed.stdout) as DuplicatesResponse;
    expect(answer.candidates.map((c) => [c.a.id, c.b.id].sort().join("+"))).toContain("wagner+wagner-group");
    const table = await runCli("duplicates", ["--limit", "1"], env);
    expect(table.stdout).toMatch(/“Wagner Group” \(wagner-group; ArmedGroup; draft .*\) {2}~ {2}“Wagner”/);
  });

  it("refuses an unknown id with one sentence and leaves every file as it was", async () => {
    const before = snapshot();
    const result = await runCli("merge", ["wagner-group", "atlantis"], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Error: No entity has the id "atlantis" in the published articles or the drafts.',
    );
    expect(snapshot()).toEqual(before);
    const self = await runCli("merge", ["wagner", "wagner"], env);
    expect(self.stderr.trim()).toBe('Error: "wagner" cannot be merged with itself.');
    expect(snapshot()).toEqual(before);
  });

  it("keeps a merge of draft entities in the decisions file, and undoes it", async () => {
    const merged = await runCli("merge", ["wagner-group", "wagner"], env);
    expect([merged.code, merged.stdout.trim()]).toEqual([0, 'Merged "wagner" into "wagner-group".']);
    expect(JSON.parse(readFileSync(decisionsPath(articles), "utf8"))).toMatchObject({
      same: [{ keep: "wagner-group", drop: "wagner" }],
    });
    const undone = await runCli("merge", ["--undo", "wagner"], env);
    expect(undone.code).toBe(0);
    expect(JSON.parse(readFileSync(decisionsPath(articles), "utf8"))).toMatchObject({ same: [] });
  });
});
