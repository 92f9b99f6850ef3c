import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftSchema } from "../../graph/model/draft.ts";
import { tempDir } from "../support/addFixtures.ts";
import { waitForSaved } from "../support/annotatePage.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";
import { writeTestArticle } from "../support/testArticleFolder.ts";

/**
 * A reviewer sets a place's location in Annotate: "Tripoli" is a city in
 * Libya (the gazetteer's first) and in Lebanon; the text's is the Lebanese
 * one. Another place's location is cleared. Neo4j holds what was chosen.
 */
const articles = tempDir("annotate-location");
const SLUG = "2026-05-03-ferry-line-opens-between-tripoli-and-sidon";
const TITLE = "Ferry line opens between Tripoli and Sidon";
const TEXT =
  `${TITLE}\n\n` +
  "Cedar Coast Ferries, a shipping company based in Tripoli, opened a ferry line to Sidon on 3 May 2026. " +
  "Its boats will call at Sidon twice a week.\n";
const dir = writeTestArticle(articles, {
  slug: SLUG,
  title: TITLE,
  publisher: "Test Wire",
  published: "2026-05-03",
  text: TEXT,
  annotation: {
    entities: [
      { id: "cedar-coast-ferries", labels: ["Company"], name: "Cedar Coast Ferries" },
      { id: "tripoli", labels: ["City"], name: "Tripoli" },
      { id: "sidon", labels: ["City"], name: "Sidon" },
    ],
    relations: [
      {
        id: "cedar-coast-ferries-based-in-tripoli",
        type: "BASED_IN",
        from: "cedar-coast-ferries",
        to: "tripoli",
        evidence: ["Cedar Coast Ferries, a shipping company based in Tripoli"],
      },
    ],
  },
});

const stack = useArticleStack({ articles: { dir: articles, enabled: true } }, [goitaDir, dir]);

interface Stored {
  lat: number | null;
  lon: number | null;
  source: string | null;
}

async function stored(id: string): Promise<Stored> {
  const result = await stack.driver.executeQuery(
    `MATCH (e:Entity {id: $id})
     RETURN e.location.latitude AS lat, e.location.longitude AS lon, e.locationSource AS source`,
    { id },
  );
  return result.records[0]!.toObject() as Stored;
}

const draftLocation = (id: string) =>
  draftSchema
    .parse(JSON.parse(readFileSync(join(dir, "draft.json"), "utf8")))
    .entities.find((e) => e.id === id)?.location;

describe("a place's location in Annotate", () => {
  let page: Page;
  beforeAll(async () => {
    page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
  });
  afterAll(async () => {
    await page?.close();
  });

  const location = () => page.getByRole("group", { name: "Location" });
  const status = () => location().getByRole("status", { name: "Location status" }).innerText();
  const publish = async () => {
    await waitForSaved(page);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect
      .poll(() => page.locator(".publish-outcome").innerText(), { timeout: UI_TIMEOUT })
      .toMatch(/^Published 3 entities and 1 relation\./);
  };

  it("offers the places an ambiguous name stands for; the second one picked is published as the reviewer's", async () => {
    // Loaded as written, Tripoli is the gazetteer's first: the Libyan capital.
    expect((await stored("tripoli")).source).toBe("gazetteer: geonames");
    expect((await stored("tripoli")).lon).toBeCloseTo(13.19, 1);

    await page.goto(`${stack.server.url}/?annotate=${SLUG}&entity=tripoli`);
    await page.getByRole("heading", { name: TITLE, level: 2 }).waitFor();
    await expect.poll(status).toMatch(/^Proposed by the gazetteer \(geonames\): Tripoli, Libya/);
    const candidates = location().getByRole("list", { name: "Candidates" }).getByRole("listitem");
    await expect.poll(() => candidates.count()).toBeGreaterThanOrEqual(2);
    const names = await candidates.evaluateAll((items) => items.map((li) => li.getAttribute("aria-label")));
    expect(names.slice(0, 2)).toEqual(["Tripoli, Libya", "Tripoli, Lebanon"]);
    expect(await candidates.nth(1).innerText()).toMatch(/city, population [\d,]+/);

    await location().getByRole("button", { name: "Use Tripoli, Lebanon" }).click();
    await expect.poll(status).toBe("Set by you: 34.43° N, 35.84° E.");
    await expect.poll(() => draftLocation("tripoli")).toEqual({ lat: 34.43352, lon: 35.84415 });
    // `DOSSIER_SCREENSHOTS=docs npx vitest run tests/e2e/annotateLocation.test.ts` refreshes the README's picture.
    if (process.env.DOSSIER_SCREENSHOTS) {
      await page
        .getByRole("region", { name: "Entity Tripoli" })
        .screenshot({ path: join(process.env.DOSSIER_SCREENSHOTS, "annotate-location.png") });
    }
    await publish();

    expect(await stored("tripoli")).toEqual({ lat: 34.43352, lon: 35.84415, source: "reviewer" });
  });

  it("takes typed coordinates, then clears them: published as none, though the gazetteer knows the name", async () => {
    expect((await stored("sidon")).source).toBe("gazetteer: geonames");
    await page.goto(`${stack.server.url}/?annotate=${SLUG}&entity=sidon`);
    await page.getByRole("heading", { name: TITLE, level: 2 }).waitFor();
    await expect.poll(status).toMatch(/^Proposed by the gazetteer \(geonames\): Sidon, Lebanon/);

    // Typed coordinates are checked against the annotation's limits, then set.
    await location().getByLabel("Latitude").fill("95");
    await location().getByLabel("Longitude").fill("35.37");
    await location().getByRole("button", { name: "Set coordinates" }).click();
    await expect
      .poll(() => location().getByRole("alert").innerText())
      .toBe("Latitude: latitude is at most 90 degrees.");
    await location().getByLabel("Latitude").fill("33.56");
    await location().getByRole("button", { name: "Set coordinates" }).click();
    await expect.poll(status).toBe("Set by you: 33.56° N, 35.37° E.");

    await location().getByRole("button", { name: "Clear location" }).click();
    await expect.poll(status).toMatch(/^No location: you cleared it/);
    await expect.poll(() => draftLocation("sidon")).toBeNull();
    await publish();

    expect(await stored("sidon")).toEqual({ lat: null, lon: null, source: "reviewer" });
    // The first choice stands.
    expect((await stored("tripoli")).source).toBe("reviewer");
  });
});
