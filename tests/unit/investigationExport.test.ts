import { readFileSync, utimesSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  INVESTIGATION_EXPORT_LIMITS,
  type InvestigationExport,
} from "../../graph/contract/investigationExport.ts";
import { exampleInvestigation } from "../../graph/contract/investigationExample.ts";
import { briefHtml } from "../../graph/investigations/brief/briefHtml.ts";
import { noteHtml } from "../../graph/investigations/brief/noteHtml.ts";
import { parseInvestigationExport } from "../../graph/investigations/importFile.ts";
import { NoteIndex } from "../../graph/investigations/noteSearch.ts";
import { tempDir } from "../support/addFixtures.ts";
import { GOITA_SLUG, goitaDir } from "../support/articleFixture.ts";

const article = {
  slug: GOITA_SLUG,
  text: readFileSync(join(goitaDir, "article.txt"), "utf8"),
  annotation: readFileSync(join(goitaDir, "annotation.json"), "utf8"),
  meta: readFileSync(join(goitaDir, "meta.json"), "utf8"),
};
const good: InvestigationExport = {
  format: "dossier-investigation",
  version: 1,
  exportedAt: "2026-12-07T10:00:00.000Z",
  investigation: exampleInvestigation,
  articles: [article],
};

const parse = (value: unknown) => () =>
  parseInvestigationExport(Buffer.from(JSON.stringify(value)), "x.json");

describe("an investigation export file", () => {
  it("is read back as written", () => {
    expect(parse(good)()).toEqual(good);
  });

  it.each([
    [
      "a wrong version",
      { ...good, version: 2 },
      /^x\.json at version: must be 1 \(the investigation export format this Dossier reads\)\.$/,
    ],
    ["another file", { ...good, format: "gexf" }, /^x\.json at format: must be "dossier-investigation"/],
    ["an unknown field", { ...good, extra: 1 }, /^x\.json at the top: .*"extra"/],
    [
      "an unknown field inside the investigation",
      { ...good, investigation: { ...good.investigation, colour: "red" } },
      /^x\.json at investigation: .*"colour"/,
    ],
    [
      "an unknown id inside the view",
      {
        ...good,
        investigation: { ...good.investigation, view: { ...good.investigation.view, selection: "4:x:99" } },
      },
      /^x\.json at investigation\.view\.selection: names "4:x:99", which is not among the view's nodes or relationships\.$/,
    ],
    [
      "a statement whose article it does not hold",
      { ...good, articles: [] },
      /^x\.json at investigation\.view\.relationships\.0\.article: names the article "2025-06-23-goita-moscow", which the export does not hold\.$/,
    ],
    [
      "an article slug that could leave data/articles",
      { ...good, articles: [{ ...article, slug: "../etc" }] },
      /^x\.json at articles\.0\.slug: must be lower-case words joined by hyphens\.$/,
    ],
    [
      "an article given twice",
      { ...good, articles: [article, article] },
      /^x\.json at articles\.1\.slug: "2025-06-23-goita-moscow" is given twice\.$/,
    ],
  ])("refuses %s in one sentence naming the place", (_what, value, message) => {
    expect(parse(value)).toThrow(message);
  });

  it("refuses a file over the size limit before reading it as JSON", () => {
    const big = Buffer.alloc(INVESTIGATION_EXPORT_LIMITS.bytes + 1, 32);
    expect(() => parseInvestigationExport(big, "big.json")).toThrow(
      `big.json is larger than the ${INVESTIGATION_EXPORT_LIMITS.bytes} bytes an investigation export may take.`,
    );
  });

  it("refuses text that is not JSON", () => {
    expect(() => parseInvestigationExport(Buffer.from("<html>"), "x.json")).toThrow(
      /^x\.json is not valid JSON/,
    );
  });
});

describe("notes in the brief", () => {
  it("show raw HTML as text and keep only safe links", () => {
    const html = noteHtml(
      "<script>alert(1)</script>\n\nSee <img src=x onerror=alert(2)> [here](javascript:alert(3)) and [the readout](https://kremlin.example/r) ![pic](https://x.example/p.png)",
    );
    expect(html).not.toMatch(/<script|<img|javascript:|<a href="https:\/\/x\.example/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
    expect(html).toContain('<a href="https://kremlin.example/r">the readout</a>');
  });

  it("are escaped with every other text of the brief, and the brief has no script and no request", () => {
    const hostile = {
      ...exampleInvestigation,
      name: "<script>alert('name')</script>",
      notes: [{ ...exampleInvestigation.notes[0]!, text: "<img src=x onerror=alert(1)>" }],
    };
    const html = briefHtml({
      investigation: hostile,
      missing: [],
      relationships: [
        {
          type: "LEADS",
          start: "Assimi Goïta",
          end: "<b>Mali</b>",
          sources: 1,
          statements: [
            {
              quotes: ["Goïta <leads> Mali"],
              slug: GOITA_SLUG,
              title: "A & B",
              publisher: "APA",
              published: "2025-06-23",
              link: "https://apa.example/a?x=1&y=2",
            },
          ],
        },
      ],
    });
    expect(html).not.toMatch(/<script|<img|<b>|\ssrc="|@import|url\(/i);
    expect(html).toContain("Goïta &lt;leads&gt; Mali");
    expect(html).toContain('<a href="https://apa.example/a?x=1&amp;y=2">A &amp; B</a>');
    expect(html).toContain("Stated by 1 independent source (1 article).");
    expect(html).toContain("<svg");
  });
});

describe("search over notes", () => {
  it("finds a note by the starts of its words, folded, and reads a file again once it changed", () => {
    const dir = tempDir("note-search");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${exampleInvestigation.slug}.json`);
    writeFileSync(file, JSON.stringify(exampleInvestigation));
    const index = new NoteIndex(dir);
    const [hit] = index.search("kreml MOSCÓW", 10);
    expect(hit).toEqual({
      investigation: exampleInvestigation.slug,
      investigationName: exampleInvestigation.name,
      note: "n1",
      on: exampleInvestigation.notes[0]!.on,
      caption: "Assimi Goïta",
      excerpt: exampleInvestigation.notes[0]!.text,
    });
    expect(index.search("kremlin paris", 10)).toEqual([]);

    const changed = {
      ...exampleInvestigation,
      notes: [{ ...exampleInvestigation.notes[0]!, text: "Paris now." }],
    };
    writeFileSync(file, JSON.stringify(changed));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(index.search("kremlin", 10)).toEqual([]);
    expect(index.search("paris", 10).map((h) => h.excerpt)).toEqual(["Paris now."]);
  });
});
