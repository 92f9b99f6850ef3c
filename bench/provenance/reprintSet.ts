import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * The real-news reprint set (bench/provenance/reprints/): clusters of copies
 * of one dispatch beside independent reports, in a "tune" half the detector
 * may be adjusted on and a "heldback" half it never is.
 */
export const HALVES = ["tune", "heldback"] as const;
export type Half = (typeof HALVES)[number];

const sourceSchema = z.object({
  url: z.string().url(),
  outlet: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  credit: z.string().nullable(),
  language: z.enum(["en", "fr"]),
});

const goldSchema = z.object({
  language: z.enum(["en", "fr"]),
  event: z.string(),
  copies: z.array(z.array(z.string()).min(2)),
  derived: z.array(z.tuple([z.string(), z.string()])),
  wire: z.record(z.string(), z.string().nullable()),
  notes: z.record(z.string(), z.string()).optional(),
});

export interface SetArticle {
  /** "<cluster>/<article>", unique in the set. */
  key: string;
  cluster: string;
  text: string;
  source: z.infer<typeof sourceSchema>;
  wire: string | null;
}

export interface SetCluster {
  half: Half;
  name: string;
  gold: z.infer<typeof goldSchema>;
  articles: SetArticle[];
}

export const REPRINT_SET_DIR = fileURLToPath(new URL("./reprints/", import.meta.url));

const parsed = <T>(schema: z.ZodType<T>, file: string, shownAs: string): T => {
  const result = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success)
    throw new Error(`${shownAs} does not fit its schema: ${result.error.issues[0]?.message}.`);
  return result.data;
};

export function readReprintSet(root = REPRINT_SET_DIR): SetCluster[] {
  const clusters: SetCluster[] = [];
  for (const half of HALVES) {
    for (const name of readdirSync(join(root, half)).sort()) {
      const dir = join(root, half, name);
      const gold = parsed(goldSchema, join(dir, "gold.json"), `${half}/${name}/gold.json`);
      const articles = readdirSync(dir)
        .filter((id) => statSync(join(dir, id)).isDirectory())
        .sort()
        .map((id) => ({
          key: `${name}/${id}`,
          cluster: name,
          text: readFileSync(join(dir, id, "article.txt"), "utf8"),
          source: parsed(sourceSchema, join(dir, id, "source.json"), `${half}/${name}/${id}/source.json`),
          wire: gold.wire[id] ?? null,
        }));
      const ids = new Set(articles.map((a) => a.key.slice(name.length + 1)));
      const named = [...gold.copies.flat(), ...gold.derived.flat(), ...Object.keys(gold.wire)];
      const unknown = named.find((id) => !ids.has(id));
      if (unknown) throw new Error(`${half}/${name}/gold.json names "${unknown}", which has no folder.`);
      clusters.push({ half, name, gold, articles });
    }
  }
  return clusters;
}
