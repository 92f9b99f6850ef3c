import {
  chmodSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileWriteError } from "../../graph/files/writeError.ts";
import { writeFileWhole } from "../../graph/files/writeWhole.ts";
import { tempDir } from "../support/addFixtures.ts";
import { fillDisk, mountSmallDisk } from "../support/smallDisk.ts";

describe("writeFileWhole", () => {
  it("replaces a file, keeps its permissions and leaves no temporary file", () => {
    const dir = tempDir("write-whole");
    const path = join(dir, "meta.json");
    writeFileSync(path, "old\n");
    chmodSync(path, 0o640);
    writeFileWhole(path, "new\n");
    expect(readFileSync(path, "utf8")).toBe("new\n");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    writeFileWhole(join(dir, "secret"), "x", { mode: 0o600 });
    expect(statSync(join(dir, "secret")).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(["meta.json", "secret"]);
  });

  it("refuses to replace a folder with one sentence naming the file, not the whole path", () => {
    const dir = tempDir("write-whole-dir");
    mkdirSync(join(dir, "article", "draft.json"), { recursive: true });
    const write = () => writeFileWhole(join(dir, "article", "draft.json"), "{}");
    expect(write).toThrow(FileWriteError);
    expect(write).toThrow(
      /^article\/draft\.json could not be written \(EISDIR\), and nothing was changed\.$/,
    );
    expect(readdirSync(join(dir, "article"))).toEqual(["draft.json"]);
  });
});

const disk = mountSmallDisk(512);
if (!disk.ok) console.log(`Skipping the full-disk writes: ${disk.reason}.`);

describe.skipIf(!disk.ok)("writeFileWhole on a full disk", () => {
  const dir = disk.ok ? disk.dir : "";
  afterAll(() => {
    if (disk.ok) disk.unmount();
  });

  it("keeps the old file when only part of the new one fits, and says the disk is full", () => {
    mkdirSync(join(dir, "article"));
    const path = join(dir, "article", "draft.json");
    writeFileSync(path, "the reviewed draft\n");
    // Room for 8 KiB: the first write call writes part of the 64 KiB and the next one fails.
    const filler = fillDisk(dir, 8 * 1024);
    const write = () => writeFileWhole(path, "x".repeat(64 * 1024));
    expect(write).toThrow(FileWriteError);
    try {
      write();
    } catch (error) {
      expect((error as FileWriteError).diskFull).toBe(true);
      expect((error as Error).message).toBe(
        "The disk is full: article/draft.json could not be written, and nothing was changed; free some space and try again.",
      );
    }
    expect(readFileSync(path, "utf8")).toBe("the reviewed draft\n");
    expect(readdirSync(join(dir, "article"))).toEqual(["draft.json"]);
    unlinkSync(filler);
    writeFileWhole(path, "x".repeat(64 * 1024));
    expect(readFileSync(path, "utf8")).toHaveLength(64 * 1024);
  });
});
