import { z } from "zod";
import { PLACE_DATASETS } from "../places/candidate.ts";
import { LIMITS } from "./limits.ts";
import { countParam, textParam } from "./queryParams.ts";

/** What the Annotate view asks the gazetteer (which stays on the server) about a place's name. */

const KINDS = ["country", "city"] as const;

export const placeCandidatesQuerySchema = z.object({
  name: textParam("the place's name", LIMITS.placeNameMaxLength).meta({
    description: "The place's name (case and accents aside)",
    example: "Tripoli",
  }),
  kind: z.enum(KINDS, { error: 'must be "country" or "city"' }).optional().meta({
    description: "Only entries of this kind (a Country entity takes a country, a City a city)",
    example: "city",
  }),
  limit: countParam(LIMITS.placeCandidatesMax, LIMITS.placeCandidatesDefault).meta({
    description: "Candidates at most",
    example: 10,
  }),
});

export const placeCandidateSchema = z.strictObject({
  name: z.string().meta({ description: "The data set's own name of the place." }),
  country: z.string().meta({ description: "ISO 3166-1 alpha-2 code of its country.", example: "LY" }),
  lat: z.number(),
  lon: z.number(),
  population: z
    .number()
    .nullable()
    .meta({ description: "Inhabitants as the data set counts them; null for countries." }),
  kind: z.enum(KINDS),
  dataset: z.enum(PLACE_DATASETS),
});

export const placeCandidatesResponseSchema = z
  .strictObject({
    candidates: z.array(placeCandidateSchema).meta({
      description:
        "Best first (countries before cities, then by population): the first is the one publishing proposes.",
    }),
    total: z.number().int().min(0).meta({ description: "Candidates the gazetteer knows for the name." }),
  })
  .meta({ id: "PlaceCandidates", description: "What a place's name may stand for, from the gazetteer." });
export type PlaceCandidatesAnswer = z.infer<typeof placeCandidatesResponseSchema>;
