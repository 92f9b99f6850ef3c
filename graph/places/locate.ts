import type { Gazetteer } from "./gazetteer.ts";
import type { PlaceCandidate } from "./candidate.ts";

/** The labels of entities that are places and get a location. */
export const PLACE_LABELS = ["Country", "City", "Place", "Region", "Facility"] as const;

/** Labels whose entities, without an entry of their own, take the location of a place they lie in. */
const DERIVING_LABELS = new Set(["Place", "Facility"]);

/** Relationship types that say the subject lies in the object. */
export const LOCATING_TYPES = ["LOCATED_IN", "PART_OF"] as const;

/** Derivations follow at most this many steps (a refinery in a district in a city). */
const MAX_STEPS = 4;

export interface LatLon {
  lat: number;
  lon: number;
}

export interface EntityLocation extends LatLon {
  /** "reviewer", "gazetteer: <dataset>" or "derived: <place name>". */
  source: string;
}

export interface LocatableEntity {
  id: string;
  labels: readonly string[];
  name: string;
  aliases: readonly string[];
  /** The reviewer's location from annotation.json: it wins over the gazetteer's; null: none at all. */
  location?: LatLon | null;
}

/** Which kind of entry a label's entity may take: a Country is no town, a City no country. */
export function kindFor(labels: readonly string[]): PlaceCandidate["kind"] | undefined {
  if (labels.includes("Country")) return "country";
  if (labels.includes("City")) return "city";
  return undefined;
}

export function isPlace(labels: readonly string[]): boolean {
  return labels.some((l) => (PLACE_LABELS as readonly string[]).includes(l));
}

function ownLocation(entity: LocatableEntity, gazetteer: Gazetteer): EntityLocation | null | undefined {
  if (entity.location === null) return null;
  if (entity.location) return { ...entity.location, source: "reviewer" };
  const kind = kindFor(entity.labels);
  for (const name of [entity.name, ...entity.aliases]) {
    const [best] = gazetteer.candidates(name, kind);
    if (best) return { lat: best.lat, lon: best.lon, source: `gazetteer: ${best.dataset}` };
  }
  return undefined;
}

/**
 * The location of each place entity: the reviewer's, else the gazetteer's
 * best candidate for its name or an alias, else (for a Place or Facility)
 * that of a place it lies in (`links`: subject → object of LOCATED_IN,
 * PART_OF), marked as derived from that place. A place whose location the
 * reviewer cleared maps to null: it has none, and gives none to what lies in
 * it. Entities that are no places, or that nothing places, are left out.
 */
export function locateEntities(
  entities: readonly LocatableEntity[],
  links: readonly { from: string; to: string }[],
  gazetteer: Gazetteer,
): Map<string, EntityLocation | null> {
  const located = new Map<string, EntityLocation | null>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const entity of entities) {
    if (!isPlace(entity.labels)) continue;
    const own = ownLocation(entity, gazetteer);
    if (own !== undefined) located.set(entity.id, own);
  }
  for (let step = 0; step < MAX_STEPS; step++) {
    let added = false;
    for (const { from, to } of links) {
      const subject = byId.get(from);
      const place = located.get(to);
      if (!subject || !place || located.has(from) || !subject.labels.some((l) => DERIVING_LABELS.has(l)))
        continue;
      const name = byId.get(to)?.name ?? to;
      located.set(from, { lat: place.lat, lon: place.lon, source: `derived: ${name}` });
      added = true;
    }
    if (!added) break;
  }
  return located;
}
