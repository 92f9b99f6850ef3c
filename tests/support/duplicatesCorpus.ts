import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Two published articles written for the duplicates tests (they report no real event). Each names
 * the same company and the same mayor its own way ("Brannock Group" / "Brannock", "Ilse Dunmore" /
 * "Mayor Dunmore"), and each a different company whose name holds the other's ("Ferrow Rail" /
 * "Ferrow Rail Freight").
 */
export const DUPLICATE_ARTICLES = [
  {
    slug: "2026-04-02-brannock-group-opens-a-grain-depot",
    title: "Brannock Group opens a grain depot in Ferrow",
    published: "2026-04-02",
    text:
      "Brannock Group opened a grain depot in Ferrow on Monday. " +
      "Ilse Dunmore, the mayor of Ferrow, cut the ribbon. " +
      "Grain will leave the depot on trains run by Ferrow Rail.\n",
    entities: [
      { id: "brannock-group", labels: ["Company"], name: "Brannock Group" },
      { id: "ferrow", labels: ["City"], name: "Ferrow" },
      { id: "ilse-dunmore", labels: ["Person"], name: "Ilse Dunmore" },
      { id: "ferrow-rail", labels: ["Company"], name: "Ferrow Rail" },
    ],
    relations: [
      {
        id: "brannock-group-depot-in-ferrow",
        type: "OPENED_DEPOT_IN",
        from: "brannock-group",
        to: "ferrow",
        evidence: ["opened a grain depot in Ferrow"],
      },
      {
        id: "ilse-dunmore-mayor-of-ferrow",
        type: "MAYOR_OF",
        from: "ilse-dunmore",
        to: "ferrow",
        evidence: ["Ilse Dunmore, the mayor of Ferrow"],
      },
    ],
  },
  {
    slug: "2026-04-09-brannock-hires-forty-drivers",
    title: "Brannock hires forty drivers for its Ferrow depot",
    published: "2026-04-09",
    text:
      "Brannock will hire forty drivers for its new depot in Ferrow. " +
      "Mayor Dunmore said the jobs would keep young people in the town. " +
      "Ferrow Rail Freight, a haulier founded last year, also bid for the contract.\n",
    entities: [
      { id: "brannock", labels: ["Company"], name: "Brannock" },
      { id: "ferrow", labels: ["City"], name: "Ferrow" },
      { id: "mayor-dunmore", labels: ["Person"], name: "Mayor Dunmore" },
      { id: "ferrow-rail-freight", labels: ["Company"], name: "Ferrow Rail Freight" },
    ],
    relations: [
      {
        id: "brannock-hires-in-ferrow",
        type: "HIRES_IN",
        from: "brannock",
        to: "ferrow",
        evidence: ["hire forty drivers for its new depot in Ferrow"],
      },
    ],
  },
] as const;

/** Writes the two article folders, published (text, metadata, annotation), under `root`; returns their folders. */
export function writeDuplicateArticles(root: string): string[] {
  return DUPLICATE_ARTICLES.map((a) => {
    const dir = join(root, a.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "article.txt"), a.text);
    const meta = {
      slug: a.slug,
      title: a.title,
      publisher: "Dossier test desk",
      published: { date: a.published },
      language: "en",
      source: "article.txt",
      attribution: "A short text written for Dossier's tests; it reports no real event.",
    };
    writeFileSync(join(dir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    const annotation = { entities: a.entities, relations: a.relations };
    writeFileSync(join(dir, "annotation.json"), `${JSON.stringify(annotation, null, 2)}\n`);
    return dir;
  });
}
