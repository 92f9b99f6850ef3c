import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import { afterAll, describe, expect, it } from "vitest";
import { withDecisionsLock } from "../../graph/resolve/decisionsLock.ts";

const root = mkdtempSync(join(tmpdir(), "dossier-decisions-lock-"));
const articlesDir = join(root, "data", "articles");
mkdirSync(articlesDir, { recursive: true });
const file = join(root, "data", "notes.txt");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the decisions lock", () => {
  it("makes a decision wait for another process's, so that neither overwrites the other", async () => {
    writeFileSync(file, "");
    // Another process (a merge from the command line) holds the lock while it writes.
    const releaseOther = await lockfile.lock(articlesDir, {
      lockfilePath: join(root, "data", "decisions.lock"),
      realpath: false,
    });
    const ours = withDecisionsLock(articlesDir, async () => {
      writeFileSync(file, `${readFileSync(file, "utf8")}ours\n`);
    });
    writeFileSync(file, `${readFileSync(file, "utf8")}theirs\n`);
    await releaseOther();
    await ours;
    expect(readFileSync(file, "utf8")).toBe("theirs\nours\n");
    expect(existsSync(join(root, "data", "decisions.lock")), "the lock is gone once released").toBe(false);
  });

  it("is released when the decision fails", async () => {
    await expect(
      withDecisionsLock(articlesDir, () => Promise.reject(new Error("the load failed"))),
    ).rejects.toThrow("the load failed");
    await expect(withDecisionsLock(articlesDir, () => Promise.resolve("next"))).resolves.toBe("next");
  });
});
