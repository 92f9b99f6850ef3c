import type { PlaceCandidate } from "../../../../graph/places/candidate.ts";

const regions = new Intl.DisplayNames(["en"], { type: "region" });

/** A country's English name from its ISO code (the browser knows them), the code itself otherwise. */
export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Tripoli, Lebanon" or "Mali" (a country is its own country). */
export function candidateName(c: Pick<PlaceCandidate, "name" | "country" | "kind">): string {
  return c.kind === "country" ? c.name : `${c.name}, ${countryName(c.country)}`;
}

/** What the list says of a candidate beside its name: its kind and, for a city, its population. */
export function candidateDetail(c: Pick<PlaceCandidate, "kind" | "population">): string {
  return c.population === null ? c.kind : `${c.kind}, population ${c.population.toLocaleString("en")}`;
}

/** "34.43° N, 35.84° E" */
export function formatLatLon({ lat, lon }: { lat: number; lon: number }): string {
  const deg = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
  return `${deg(lat, "N", "S")}, ${deg(lon, "E", "W")}`;
}
