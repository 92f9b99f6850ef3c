import { describe, expect, it } from "vitest";
import { Gazetteer } from "../../graph/places/gazetteer.ts";
import { type LocatableEntity, locateEntities } from "../../graph/places/locate.ts";
import { annotationSchema } from "../../graph/model/annotation.ts";
import { draftAnnotation, draftSchema } from "../../graph/model/draft.ts";
import { EntityMerger } from "../../graph/loader/entities.ts";
import { locatedEntities } from "../../graph/loader/locations.ts";

const gazetteer = new Gazetteer();
const entity = (id: string, labels: string[], name: string, extra: Partial<LocatableEntity> = {}) => ({
  id,
  labels,
  name,
  aliases: [],
  ...extra,
});

describe("locating places", () => {
  const entities: LocatableEntity[] = [
    entity("mali", ["Country"], "Mali"),
    entity("bamako", ["City"], "Bamako"),
    entity("senou", ["Place"], "Senou"),
    entity("refinery", ["Facility", "Project"], "Senou gold refinery"),
    entity("kremlin", ["Place"], "Kremlin"),
    entity("putin", ["Person"], "Moscow"),
  ];
  const links = [
    { from: "refinery", to: "senou" },
    { from: "senou", to: "bamako" },
  ];
  const located = locateEntities(entities, links, gazetteer);

  it("takes countries and cities from the gazetteer, naming the data set", () => {
    expect(located.get("mali")?.source).toBe("gazetteer: world-countries");
    expect(located.get("bamako")?.source).toBe("gazetteer: geonames");
  });

  it("places a Place or Facility without an entry where the place it lies in is, step by step", () => {
    expect(located.get("senou")).toEqual({ ...located.get("bamako"), source: "derived: Bamako" });
    expect(located.get("refinery")).toEqual({ ...located.get("bamako"), source: "derived: Senou" });
  });

  it("leaves out what is no place and what nothing places", () => {
    expect(located.has("putin")).toBe(false);
    expect(located.has("kremlin")).toBe(false);
  });

  it("takes the reviewer's location over the gazetteer's", () => {
    const set = { lat: 12.6, lon: -7.9 };
    const reviewed = locateEntities([entity("bamako", ["City"], "Bamako", { location: set })], [], gazetteer);
    expect(reviewed.get("bamako")).toEqual({ ...set, source: "reviewer" });
  });

  it("refuses a reviewer's latitude beyond 90 degrees, saying the limit", () => {
    const parsed = annotationSchema.safeParse({
      entities: [{ id: "bamako", labels: ["City"], name: "Bamako", location: { lat: 120, lon: -8 } }],
      relations: [],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("latitude is at most 90 degrees");
  });
});

describe("a reviewer's location in the draft", () => {
  const draft = draftSchema.parse({
    textHash: "0".repeat(64),
    engines: ["rules"],
    entities: [
      { id: "tripoli", labels: ["City"], name: "Tripoli", location: { lat: 34.43, lon: 35.84 } },
      { id: "sidon", labels: ["City"], name: "Sidon", location: null },
      { id: "beirut", labels: ["City"], name: "Beirut" },
    ].map((e) => ({ ...e, status: "accepted", engine: "person", score: 1 })),
    relations: [],
  });
  const published = annotationSchema.parse(draftAnnotation(draft));
  const byId = new Map(published.entities.map((e) => [e.id, e]));

  it("is published as set, cleared (null) or left to the gazetteer (absent)", () => {
    expect(byId.get("tripoli")?.location).toEqual({ lat: 34.43, lon: 35.84 });
    expect(byId.get("sidon")?.location).toBeNull();
    expect(byId.get("beirut")).not.toHaveProperty("location");
  });

  it("makes a cleared place have no location though the gazetteer knows its name, nor pass one on", () => {
    const located = locateEntities(
      [...published.entities, entity("port", ["Facility"], "Sidon port")],
      [{ from: "port", to: "sidon" }],
      gazetteer,
    );
    expect(gazetteer.candidates("Sidon", "city")).not.toEqual([]);
    expect(located.get("sidon")).toBeNull();
    expect(located.has("port")).toBe(false);
    expect(located.get("tripoli")).toEqual({ lat: 34.43, lon: 35.84, source: "reviewer" });
    expect(located.get("beirut")?.source).toBe("gazetteer: geonames");
  });

  it("is loaded as source reviewer and no point when cleared, so the load removes a stored one", () => {
    const merger = new EntityMerger();
    merger.add({
      relations: [],
      entities: published.entities.map((e) => ({
        ...e,
        aliasLanguages: e.aliases.map(() => "en"),
        properties: {},
      })),
    });
    const rows = new Map(locatedEntities(merger).map((r) => [r.id, r.placed]));
    expect(rows.get("sidon")).toEqual({ locationSource: "reviewer" });
    expect(rows.get("tripoli")).toEqual({
      location: { kind: "point", lat: 34.43, lon: 35.84 },
      locationSource: "reviewer",
    });
  });
});
