import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { readEnv } from "../../graph/config/env.ts";
import { toQueryParams } from "../../graph/query/params.ts";
import { parseSavedQuery } from "../../graph/query/savedQueries.ts";
import { limitsFor, querySettingsFromEnv } from "../../graph/query/settings.ts";

describe("workbench settings from the environment", () => {
  it("has safe defaults: 10 s, at most 60 s, 5000 rows, 2000 nodes, 16 MiB, read-only", () => {
    expect(querySettingsFromEnv(readEnv({}))).toEqual({
      limits: { timeoutMs: 10_000, maxRows: 5000, maxNodes: 2000, maxBytes: 16 * 1024 * 1024 },
      timeoutMaxMs: 60_000,
      allowWrites: false,
    });
  });

  it("reads durations, counts and the write opt-in", () => {
    const settings = querySettingsFromEnv(
      readEnv({
        QUERY_TIMEOUT: "500ms",
        QUERY_TIMEOUT_MAX: "2m",
        QUERY_MAX_ROWS: "10",
        QUERY_MAX_NODES: "20",
        QUERY_MAX_BYTES: "1000000",
        DOSSIER_ALLOW_WRITES: "Yes",
      }),
    );
    expect(settings).toEqual({
      limits: { timeoutMs: 500, maxRows: 10, maxNodes: 20, maxBytes: 1_000_000 },
      timeoutMaxMs: 120_000,
      allowWrites: true,
    });
    expect(readEnv({ DOSSIER_ALLOW_WRITES: "0" }).DOSSIER_ALLOW_WRITES).toBe(false);
  });

  it("names the bad variable in one sentence", () => {
    expect(() => readEnv({ QUERY_TIMEOUT: "10" })).toThrow(/^QUERY_TIMEOUT="10" must be a duration/);
    expect(() => readEnv({ QUERY_MAX_ROWS: "0" })).toThrow(/^QUERY_MAX_ROWS="0" must be at least 1\.$/);
    expect(() => readEnv({ DOSSIER_ALLOW_WRITES: "maybe" })).toThrow(
      /^DOSSIER_ALLOW_WRITES="maybe" must be true or false/,
    );
    expect(() => querySettingsFromEnv(readEnv({ QUERY_TIMEOUT: "2m", QUERY_TIMEOUT_MAX: "1m" }))).toThrow(
      /QUERY_TIMEOUT .* must not be longer than QUERY_TIMEOUT_MAX/,
    );
  });

  it("lets a client shorten the timeout, never lengthen it", () => {
    const settings = querySettingsFromEnv(readEnv({}));
    expect(limitsFor(settings, undefined).timeoutMs).toBe(10_000);
    expect(limitsFor(settings, 1500).timeoutMs).toBe(1500);
    expect(limitsFor(settings, 3_600_000).timeoutMs).toBe(60_000);
  });
});

describe("saved queries and parameters", () => {
  it("takes the first comment line as the title", () => {
    expect(parseSavedQuery("x", "\n// Who signed\n// more\nMATCH (n) RETURN n\n")).toEqual({
      name: "x",
      title: "Who signed",
      query: "// Who signed\n// more\nMATCH (n) RETURN n",
    });
    expect(parseSavedQuery("plain", "RETURN 1").title).toBe("plain");
  });

  it("sends whole numbers as INTEGER and keeps big integers exact", () => {
    const params = toQueryParams({
      n: 3,
      f: 1.5,
      big: { $type: "integer", value: "9007199254740993" },
      l: [1, "a"],
    });
    expect(neo4j.isInt(params.n)).toBe(true);
    expect(params.f).toBe(1.5);
    expect(String(params.big)).toBe("9007199254740993");
    expect(neo4j.isInt((params.l as unknown[])[0])).toBe(true);
    expect(() => toQueryParams({ when: { $type: "date", value: "2025-06-23" } })).toThrow(/\$when/);
  });
});
