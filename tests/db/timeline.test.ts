import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportedResponse, TimelineResponse } from "../../graph/contract/timeline.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { type ErrorAnswer, apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { GOITA_SLUG, LATER_SLUG, goitaDir, laterDir } from "../support/articleFixture.ts";
import { clearDatabase, testDriver } from "../support/db.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;

/** Every date value the annotation files hold, read from the files (not through the loader). */
function annotatedDates(): string[] {
  return [goitaDir, laterDir].flatMap((dir) => {
    const annotation = JSON.parse(readFileSync(join(dir, "annotation.json"), "utf8")) as {
      entities: { properties?: Record<string, unknown> }[];
      relations: { properties?: Record<string, unknown> }[];
    };
    return [...annotation.entities, ...annotation.relations].flatMap((item) =>
      Object.values(item.properties ?? {}).flatMap((v) =>
        v !== null && typeof v === "object" && "date" in v ? [String((v as { date: string }).date)] : [],
      ),
    );
  });
}

function countBy(values: readonly string[]): { bin: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([bin, count]) => ({ bin, count })).sort((a, b) => a.bin.localeCompare(b.bin));
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await loadArticles(driver, [goitaDir, laterDir]);
  server = await startAppServer(driver);
  api = apiClient(server.url);
});

afterAll(async () => {
  await server?.stop();
  await driver?.close();
});

describe("GET /api/timeline", () => {
  it.each([
    ["year", 4],
    ["month", 7],
    ["day", 10],
  ] as const)("counts the dated values and the articles per %s", async (unit, width) => {
    const { status, body } = await api.get<TimelineResponse>(`/api/timeline?unit=${unit}`);
    expect(status).toBe(200);
    expect(body.unit).toBe(unit);
    expect(body.event).toEqual(countBy(annotatedDates().map((d) => d.slice(0, width))));
    expect(body.report).toEqual(countBy(["2025-06-23", "2025-07-10"].map((d) => d.slice(0, width))));
  });

  it("keeps a month-precision value a month in day bins, and bounds the bins by from and to", async () => {
    const { body } = await api.get<TimelineResponse>("/api/timeline?unit=day&from=2025-06-01&to=2025-06-30");
    const bins = body.event.map((b) => b.bin);
    // The foundation stone is dated to June 2025 only; the signatures to the 23rd.
    expect(bins).toContain("2025-06");
    expect(bins).toContain("2025-06-23");
    expect(bins.every((b) => b.startsWith("2025-06"))).toBe(true);
    expect(body.report).toEqual([{ bin: "2025-06-23", count: 1 }]);
    const june23 = annotatedDates().filter((d) => d === "2025-06-23").length;
    expect(body.event.find((b) => b.bin === "2025-06-23")?.count).toBe(june23);
  });

  it("refuses a unit or a date it does not know, in one sentence", async () => {
    const unit = await api.get<ErrorAnswer>("/api/timeline?unit=week");
    expect(unit.status).toBe(400);
    expect(unit.body.error.message).toMatch(/unit/);
    const day = await api.get<ErrorAnswer>("/api/timeline?from=2025-02-30");
    expect(day.status).toBe(400);
    expect(day.body.error.message).toMatch(/from/);
  });
});

describe("POST /api/timeline/reported", () => {
  it("says when entities were first reported and articles published", async () => {
    const { status, body } = await api.post<ReportedResponse>("/api/timeline/reported", {
      entityIds: ["mali", "mali-council-of-ministers-2025-07-09", "no-such-entity"],
      slugs: [GOITA_SLUG, LATER_SLUG],
    });
    expect(status).toBe(200);
    expect(body.entities).toEqual({
      mali: "2025-06-23",
      "mali-council-of-ministers-2025-07-09": "2025-07-10",
    });
    expect(body.articles).toEqual({ [GOITA_SLUG]: "2025-06-23", [LATER_SLUG]: "2025-07-10" });
  });
});
