import { sharedGazetteer } from "../places/gazetteer.ts";
import { locateEntities } from "../places/locate.ts";
import type { StoredValue } from "../model/values.ts";
import type { EntityMerger, MergedEntity } from "./entities.ts";
import { withPlaceNames } from "./placeNames.ts";

export interface LocatedEntity extends MergedEntity {
  /**
   * The entity's location as stored (a WGS-84 point) and where it comes from; absent: not placed.
   * A location the reviewer cleared has source "reviewer" and no point, so that no later
   * gazetteer location (which ranks below a reviewer's) brings it back.
   */
  placed?: { location?: StoredValue; locationSource: string };
}

/**
 * The merged entities with their locations: the reviewer's, the gazetteer's
 * (looked up in memory) or derived from a place they lie in; countries and
 * cities also with their names in the other language (placeNames.ts).
 */
export function locatedEntities(merger: EntityMerger): LocatedEntity[] {
  const rows = merger.rows().map(withPlaceNames);
  const located = locateEntities(rows, merger.placeLinks, sharedGazetteer());
  return rows.map((row) => {
    const where = located.get(row.id);
    if (where === undefined) return row;
    if (where === null) return { ...row, placed: { locationSource: "reviewer" } };
    return {
      ...row,
      placed: {
        location: { kind: "point", lat: where.lat, lon: where.lon },
        locationSource: where.source,
      },
    };
  });
}
