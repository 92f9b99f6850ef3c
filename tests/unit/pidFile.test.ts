import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import { isOrphan, pidFileText, readPidRecord } from "../../graph/process/pidFile.ts";
import { tempDir } from "../support/addFixtures.ts";

const file = join(tempDir("pid-file"), "server.pid");
/** Above Linux's largest pid (4194304): never a running process. */
const GONE = 4_194_305;

describe("pid files with their owner", () => {
  it("reads the pid alone (a server kept running) and the pid with the npm start that owns it", () => {
    writeFileSync(file, pidFileText(1234));
    expect(readPidRecord(file)).toEqual({ pid: 1234 });
    writeFileSync(file, pidFileText(1234, 5678));
    expect(readPidRecord(file)).toEqual({ pid: 1234, owner: 5678 });
    writeFileSync(file, "not a pid\n");
    expect(readPidRecord(file)).toBeUndefined();
  });

  it("calls a server orphaned only when it has an owner and that owner is gone", () => {
    expect(isOrphan({ pid: 1234 }, projectRoot)).toBe(false);
    expect(isOrphan({ pid: 1234, owner: GONE }, projectRoot)).toBe(true);
    expect(isOrphan({ pid: 1234, owner: process.pid }, projectRoot)).toBe(false);
  });
});
