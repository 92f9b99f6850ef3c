import { describe, expect, it } from "vitest";
import { mapPositions } from "../../app/src/explorer/map/mapPositions.ts";

const links: Record<string, string[]> = {
  bamako: ["senou", "visit"],
  senou: ["bamako", "refinery"],
  refinery: ["senou"],
  moscow: ["visit"],
  visit: ["bamako", "moscow"],
  alone: [],
};
const input = {
  nodes: [
    { id: "bamako", location: { lon: -8, lat: 12.65 } },
    { id: "moscow", location: { lon: 37.62, lat: 55.75 } },
    { id: "senou", location: null },
    { id: "refinery", location: null },
    { id: "visit", location: null },
    { id: "alone", location: null },
  ],
  neighbours: (id: string) => links[id] ?? [],
};

describe("positions on the map", () => {
  const at = mapPositions(input);

  it("puts located nodes at their longitude and latitude, north up", () => {
    expect(at.get("bamako")).toEqual({ x: -8, y: 12.65 });
    expect(at.get("moscow")!.x).toBeCloseTo(37.62, 6);
    expect(at.get("moscow")!.y).toBeCloseTo(55.75, 6);
  });

  it("puts a node without a location near the nearest located node it is tied to, apart from the others", () => {
    const bamako = at.get("bamako")!;
    const near = (id: string) => Math.hypot(at.get(id)!.x - bamako.x, at.get(id)!.y - bamako.y);
    for (const id of ["senou", "refinery", "visit"]) expect(near(id), id).toBeLessThan(10);
    const spots = new Set(["senou", "refinery", "visit"].map((id) => JSON.stringify(at.get(id))));
    expect(spots.size).toBe(3);
  });

  it("puts what nothing ties to a place below the southernmost node, and moves no located node", () => {
    expect(at.get("alone")!.y).toBeLessThan(12.65);
    const again = mapPositions({ ...input, nodes: [...input.nodes, { id: "new", location: null }] });
    expect(again.get("bamako")).toEqual(at.get("bamako"));
    expect(again.get("moscow")).toEqual(at.get("moscow"));
  });
});
