import { describe, expect, it } from "vitest";
import { Gazetteer } from "../../graph/places/gazetteer.ts";
import { type LocatableEntity, locateEntities } from "../../graph/places/locate.ts";
import { annotationSchema } from "../../graph/model/annotation.ts";

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
