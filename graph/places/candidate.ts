/** What a place name may stand for, as the gazetteer's data sets give it. */
export interface PlaceCandidate {
  /** The data set's own name for the place ("Bamako", "Mali"). */
  name: string;
  /** The country's ISO 3166-1 alpha-2 code ("ML"). */
  country: string;
  lat: number;
  lon: number;
  /** Inhabitants as the data set counts them; null for countries (world-countries gives none). */
  population: number | null;
  kind: "country" | "city";
  /** The data set the entry comes from, as the location's source names it. */
  dataset: PlaceDataset;
}

export const PLACE_DATASETS = ["world-countries", "geonames"] as const;
export type PlaceDataset = (typeof PLACE_DATASETS)[number];
