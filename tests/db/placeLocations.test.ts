import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import { articleCopy, goitaDir } from "../support/articleFixture.ts";
import { seededDriver } from "../support/db.ts";

let driver: Driver;

beforeAll(async () => {
  driver = await seededDriver();
});

afterAll(async () => {
  await driver.close();
});

interface Placed {
  id: string;
  lat: number | null;
  lon: number | null;
  source: string | null;
  srid: number | null;
}

async function placed(): Promise<Map<string, Placed>> {
  const result = await driver.executeQuery(
    `MATCH (e:Entity) RETURN e.id AS id, e.location.latitude AS lat, e.location.longitude AS lon,
            e.location.srid AS srid, e.locationSource AS source`,
  );
  return new Map(
    result.records.map((r) => {
      const row = r.toObject() as Placed;
      return [row.id, { ...row, srid: row.srid === null ? null : Number(row.srid) }];
    }),
  );
}

describe("places of the loaded seed article", () => {
  it("get a WGS-84 point and its source: the gazetteer's, or derived from the place they lie in", async () => {
    const found = await placed();
    const bamako = found.get("bamako")!;
    expect(bamako).toMatchObject({ source: "gazetteer: geonames", srid: 4326 });
    expect(bamako.lat).toBeCloseTo(12.65, 0);
    expect(bamako.lon).toBeCloseTo(-8.0, 0);
    expect(found.get("moscow")?.lat).toBeCloseTo(55.75, 0);
    for (const country of ["mali", "russia", "france"]) {
      expect(found.get(country)?.source, country).toBe("gazetteer: world-countries");
    }
    expect(found.get("senou")).toMatchObject({ lat: bamako.lat, lon: bamako.lon, source: "derived: Bamako" });
    expect(found.get("senou-gold-refinery")?.source).toBe("derived: Senou");
    expect(found.get("assimi-goita")?.source).toBeNull();
  });

  it("take the reviewer's location over the gazetteer's, also when a later article names the place again", async () => {
    const reviewed = articleCopy({
      annotation: (a) => {
        a.entities.find((e) => e.id === "bamako")!.location = { lat: 12.64, lon: -7.99 };
      },
    });
    const later = articleCopy({ slug: "2025-06-30-goita-moscow-again" });
    await loadArticles(driver, [reviewed]);
    await loadArticles(driver, [later]);
    expect((await placed()).get("bamako")).toMatchObject({ lat: 12.64, lon: -7.99, source: "reviewer" });
    await loadArticles(driver, [goitaDir]);
  });

  it("have none once the reviewer cleared it, also when a later article names the place again", async () => {
    const cleared = articleCopy({
      annotation: (a) => {
        a.entities.find((e) => e.id === "moscow")!.location = null;
      },
    });
    const later = articleCopy({ slug: "2025-06-30-goita-moscow-again" });
    await loadArticles(driver, [cleared]);
    await loadArticles(driver, [later]);
    expect((await placed()).get("moscow")).toMatchObject({ lat: null, lon: null, source: "reviewer" });
    await loadArticles(driver, [goitaDir]);
  });
});
