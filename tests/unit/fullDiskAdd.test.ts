import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFolderAtomically } from "../../graph/corpus/folderWrite.ts";
import { FileWriteError } from "../../graph/files/writeError.ts";
import { HARBOUR_TEXT, listTree } from "../support/addFixtures.ts";
import { runCli } from "../support/cli.ts";
import { fillDisk, mountSmallDisk } from "../support/smallDisk.ts";

const disk = mountSmallDisk(1024);
if (!disk.ok) console.log(`Skipping npm run add on a full disk: ${disk.reason}.`);

afterAll(() => {
  if (disk.ok) disk.unmount();
});

describe.skipIf(!disk.ok)("npm run add on a full disk", () => {
  it("prints our one sentence naming the file, not the system's ENOSPC, and leaves nothing behind", async () => {
    const root = disk.ok ? join(disk.dir, "articles") : "";
    const input = join(tmpdir(), `dossier-full-disk-${process.pid}.txt`);
    writeFileSync(input, HARBOUR_TEXT.repeat(20));
    fillDisk(disk.ok ? disk.dir : "");
    try {
      const result = await runCli("add", [input, "--title", "Harbour deal", "--published", "2024-03-05"], {
        DOSSIER_ARTICLES: root,
        NLP_ENGINE: "off",
        NEO4J_URI: "bolt://127.0.0.1:1",
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(
        /^Error: The disk is full: 2024-03-05-harbour-deal\/[\w.]+ could not be written, and nothing was changed; free some space and try again\.$/,
      );
      expect(result.stdout + result.stderr).not.toMatch(/ENOSPC|\/tmp\//);
      expect(listTree(root)).toEqual([]);
    } finally {
      rmSync(input, { force: true });
    }
  });
});

describe("an article folder that cannot be made", () => {
  it("is refused with the writer's sentence, naming the folder without an absolute path", () => {
    const parent = mkdtempSync(join(tmpdir(), "dossier-no-folder-"));
    try {
      writeFileSync(join(parent, "articles"), "a file where the folder should be");
      const attempt = () => writeFolderAtomically(join(parent, "articles"), "2024-03-05-harbour", () => ({}));
      expect(attempt).toThrow(FileWriteError);
      expect(attempt).toThrow(
        /^articles\/2024-03-05-harbour could not be written \(EEXIST\), and nothing was changed\.$/,
      );
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
