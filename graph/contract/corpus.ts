import { z } from "zod";
import { graphJsonSchema } from "./graph.ts";

/** The articles as a corpus: what one article contributes to the graph. */

export const articleGraphSchema = z.object({
  graph: graphJsonSchema.meta({
    description: "The entities the article annotates and the relationships it states.",
  }),
  added: z.object({ nodes: z.array(z.string()), relationships: z.array(z.string()) }).meta({
    description:
      "What no earlier article had (earlier: published before it, or the same day with a smaller slug): entities no earlier article annotates, relationships whose start, type and end no earlier article states.",
  }),
  truncated: z.boolean().meta({ description: "The article states more relationships than were returned." }),
});
export type ArticleGraph = z.infer<typeof articleGraphSchema>;
