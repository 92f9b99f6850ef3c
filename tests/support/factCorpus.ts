import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTestArticle } from "./testArticleFolder.ts";

/**
 * A corpus in which one fact (Freedonia MET_WITH Ruritania) is stated by six
 * articles, dated in different ways: the same day reported twice, another day,
 * a month, a year, and an article of unknown date whose statement has no date.
 * Freedonia has an AGREEMENT_WITH Ruritania since 2019 (one article) and LEADS the
 * Border Commission (two articles, undated statements). Texts written for
 * Dossier's tests; they report no real event.
 */
interface Stated {
  slug: string;
  published: string | null;
  sentence: string;
  date?: string;
  more?: { type: string; to: string; sentence: string; properties?: Record<string, unknown> }[];
}

const ARTICLES: Stated[] = [
  {
    slug: "2026-01-10-envoys-meet",
    published: "2026-01-10",
    sentence: "Freedonia's envoy met Ruritania's foreign minister on 9 January.",
    date: "2026-01-09",
    more: [
      {
        type: "AGREEMENT_WITH",
        to: "ruritania",
        sentence: "Freedonia has had a water treaty with Ruritania since 2019.",
        properties: { since: { date: "2019" } },
      },
      { type: "LEADS", to: "commission", sentence: "Freedonia leads the Border Commission." },
    ],
  },
  {
    slug: "2026-02-01-envoys-meeting-recalled",
    published: "2026-02-01",
    sentence: "Freedonia met Ruritania on 9 January, officials recalled.",
    date: "2026-01-09",
    more: [{ type: "LEADS", to: "commission", sentence: "Freedonia still leads the Border Commission." }],
  },
  {
    slug: "2026-03-05-second-round",
    published: "2026-03-05",
    sentence: "Freedonia met Ruritania again on 4 March for a second round.",
    date: "2026-03-04",
  },
  {
    slug: "undated-border-talks",
    published: null,
    sentence: "Freedonia has met Ruritania several times about the border.",
  },
  {
    slug: "2026-04-01-march-talks",
    published: "2026-04-01",
    sentence: "Freedonia met Ruritania in March.",
    date: "2026-03",
  },
  {
    slug: "2026-05-01-talks-history",
    published: "2026-05-01",
    sentence: "Freedonia first met Ruritania in 2024.",
    date: "2024",
  },
];

export const FACT_STATEMENTS = ARTICLES.length;

/** Writes the corpus into a new temporary folder; returns the folder and the article folders. */
export function writeFactCorpus(): { root: string; dirs: string[] } {
  const root = mkdtempSync(join(tmpdir(), "dossier-facts-"));
  const dirs = ARTICLES.map((a) => {
    const more = a.more ?? [];
    const annotation = {
      entities: [
        { id: "freedonia", labels: ["Country"], name: "Freedonia", demonyms: [] },
        { id: "ruritania", labels: ["Country"], name: "Ruritania", demonyms: [] },
        ...(more.some((m) => m.to === "commission")
          ? [{ id: "commission", labels: ["Organization"], name: "Border Commission" }]
          : []),
      ],
      relations: [
        {
          id: "met",
          type: "MET_WITH",
          from: "freedonia",
          to: "ruritania",
          evidence: [a.sentence],
          ...(a.date ? { properties: { date: { date: a.date } } } : {}),
        },
        ...more.map((m, i) => ({
          id: `more-${i}`,
          type: m.type,
          from: "freedonia",
          to: m.to,
          evidence: [m.sentence],
          ...(m.properties ? { properties: m.properties } : {}),
        })),
      ],
    };
    return writeTestArticle(root, {
      slug: a.slug,
      title: a.sentence.replace(/\.$/, ""),
      publisher: `Outlet ${a.slug.length}`,
      published: a.published,
      text: [a.sentence, ...more.map((m) => m.sentence)].join(" ") + "\n",
      annotation,
    });
  });
  return { root, dirs };
}
