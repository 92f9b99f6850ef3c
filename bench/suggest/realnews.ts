import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { foldName } from "../../graph/lexical/fold.ts";
import { annotationSchema, idSchema } from "../../graph/model/annotation.ts";
import type { Draft } from "../../graph/model/draft.ts";
import { isBareWord } from "../../graph/suggest/bareWords.ts";
import { isNominal } from "./metrics.ts";

/**
 * Real news excerpts with a hand annotation each: English (bench/suggest/realnews/)
 * and French (bench/suggest/realnews-fr/), each with a "tune" half the rules
 * may be adjusted on and a "heldback" half they never are. `inGraph` lists the
 * gold ids the graph already holds once the seed article is loaded, under the same id.
 */
export const goldSchema = annotationSchema.extend({ inGraph: z.array(idSchema) });
export type Gold = z.infer<typeof goldSchema>;

export const HALVES = ["tune", "heldback"] as const;
export type Half = (typeof HALVES)[number];

export const REAL_NEWS_LANGUAGES = ["en", "fr"] as const;
export type RealNewsLanguage = (typeof REAL_NEWS_LANGUAGES)[number];

export interface RealNewsText {
  half: Half;
  slug: string;
  language: RealNewsLanguage;
  text: string;
  published?: string;
  gold: Gold;
}

/** A text of the set whose excerpt is not here (texts not redistributable are kept out of the repository). */
export interface AbsentText {
  half: Half;
  slug: string;
  url: string;
  reason: string;
}

const ROOTS: Record<RealNewsLanguage, URL> = {
  en: new URL("./realnews/", import.meta.url),
  fr: new URL("./realnews-fr/", import.meta.url),
};

const sourceSchema = z.object({
  url: z.string(),
  date: z.string().optional(),
  sha256: z.string().optional(),
});

/**
 * The texts of one language's set, each checked against the SHA-256 its
 * source.json gives (when it gives one): a text that is missing or differs
 * from the excerpt annotated is listed apart, with its address, and not measured.
 */
export function readRealNews(language: RealNewsLanguage = "en"): {
  texts: RealNewsText[];
  absent: AbsentText[];
} {
  const texts: RealNewsText[] = [];
  const absent: AbsentText[] = [];
  for (const half of HALVES) {
    const dir = new URL(`${half}/`, ROOTS[language]);
    for (const slug of readdirSync(dir).sort()) {
      const at = (file: string) => join(dir.pathname, slug, file);
      const source = sourceSchema.parse(JSON.parse(readFileSync(at("source.json"), "utf8")));
      const gold = goldSchema.parse(JSON.parse(readFileSync(at("gold.json"), "utf8")));
      if (!existsSync(at("article.txt"))) {
        absent.push({ half, slug, url: source.url, reason: "no article.txt beside its gold" });
        continue;
      }
      const bytes = readFileSync(at("article.txt"));
      if (source.sha256 && createHash("sha256").update(bytes).digest("hex") !== source.sha256) {
        absent.push({
          half,
          slug,
          url: source.url,
          reason: "article.txt is not the excerpt annotated (SHA-256)",
        });
        continue;
      }
      texts.push({
        half,
        slug,
        language,
        text: bytes.toString("utf8"),
        ...(source.date && /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? { published: source.date } : {}),
        gold,
      });
    }
  }
  return { texts, absent };
}

/** Counts for one text or a sum of texts; ratios are taken over the sums. */
export interface RealNewsCounts {
  texts: number;
  namedGold: number;
  namedFound: number;
  namedSuggested: number;
  namedCorrect: number;
  /** Suggested entities (named or described) whose every mention is a pronoun, determiner or title alone. */
  bareWords: number;
  relationsGold: number;
  relationsFound: number;
  relationsSuggested: number;
  linkChecked: number;
  linkCorrect: number;
  evidenceSpans: number;
  evidenceVerbatim: number;
  wrong: string[];
  missed: string[];
  missedPairs: string[];
  /** The type of every suggested relation, repeats included (the distinct ones are counted). */
  relationTypes: string[];
  /** Texts CoreNLP did not answer for (suggested from the graph's names and the rules alone). */
  fallbacks: string[];
}

export function emptyCounts(): RealNewsCounts {
  return {
    texts: 0,
    namedGold: 0,
    namedFound: 0,
    namedSuggested: 0,
    namedCorrect: 0,
    bareWords: 0,
    relationsGold: 0,
    relationsFound: 0,
    relationsSuggested: 0,
    linkChecked: 0,
    linkCorrect: 0,
    evidenceSpans: 0,
    evidenceVerbatim: 0,
    wrong: [],
    missed: [],
    missedPairs: [],
    relationTypes: [],
    fallbacks: [],
  };
}

/**
 * One text's counts. A suggested entity matches a gold entity when one of its
 * names or mention texts equals one of the gold entity's names (case and
 * accents aside); each gold entity vouches for one suggested entity only, so a
 * second entity for the same thing ("Gen Keita" beside "Assimi Keita") counts
 * as wrong. Linking is right when a matched entity takes the graph's id exactly
 * when the gold says the graph holds it.
 */
export function measureRealNews(
  item: RealNewsText,
  draft: Pick<Draft, "entities" | "relations">,
): RealNewsCounts {
  const c = emptyCounts();
  c.texts = 1;
  const gold = item.gold;
  const goldNames = new Map(
    gold.entities.map((g) => [g.id, new Set([g.name, ...g.aliases, ...g.demonyms].map(foldName))]),
  );
  const vouched = new Map<string, string>();
  const matchOf = new Map<string, Set<string>>();
  // Entities with more mentions claim their gold entity first: the main one is right, the split-off copy wrong.
  const ranked = [...draft.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  for (const s of ranked) {
    const forms = new Set(
      [s.name, ...s.aliases, ...s.demonyms, ...s.mentions.map((m) => m.text)].map(foldName),
    );
    const hits = new Set(
      [...goldNames].filter(([, names]) => [...forms].some((f) => names.has(f))).map(([id]) => id),
    );
    matchOf.set(s.id, hits);
    const free = [...hits].find((id) => !vouched.has(id));
    if (free) vouched.set(free, s.id);
    const bare = s.mentions.every((m) => isBareWord(m.text, item.language));
    if (bare) c.bareWords++;
    if (!isNominal(s, item.language)) {
      c.namedSuggested++;
      if (free && !bare) c.namedCorrect++;
      else c.wrong.push(`${item.slug}: ${s.name} [${s.labels.join(",")}]`);
    }
    if (free) {
      c.linkChecked++;
      const held = gold.inGraph.includes(free);
      if (held ? s.existing && s.id === free : !s.existing) c.linkCorrect++;
    }
  }
  for (const g of gold.entities.filter((e) => !isNominal(e, item.language))) {
    c.namedGold++;
    if ([...matchOf.values()].some((hits) => hits.has(g.id))) c.namedFound++;
    else c.missed.push(`${item.slug}: ${g.name}`);
  }
  for (const r of gold.relations) {
    c.relationsGold++;
    const joined = draft.relations.some((s) => {
      const f = matchOf.get(s.from) ?? new Set();
      const t = matchOf.get(s.to) ?? new Set();
      return (f.has(r.from) && t.has(r.to)) || (f.has(r.to) && t.has(r.from));
    });
    if (joined) c.relationsFound++;
    else c.missedPairs.push(`${item.slug}: ${r.from} ${r.type} ${r.to}`);
  }
  c.relationsSuggested = draft.relations.length;
  c.relationTypes = draft.relations.map((r) => r.type);
  for (const r of draft.relations) {
    for (const span of r.evidenceSpans) {
      c.evidenceSpans++;
      if (item.text.slice(span.start, span.end) === span.text) c.evidenceVerbatim++;
    }
  }
  return c;
}

export function addCounts(a: RealNewsCounts, b: RealNewsCounts): RealNewsCounts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as (keyof RealNewsCounts)[]) {
    // A baseline written before a field existed lacks it: an empty list then.
    const x = a[key] ?? [];
    const y = b[key] ?? [];
    (out as unknown as Record<string, unknown>)[key] =
      Array.isArray(x) && Array.isArray(y) ? [...x, ...y] : (x as number) + (y as number);
  }
  return out;
}
