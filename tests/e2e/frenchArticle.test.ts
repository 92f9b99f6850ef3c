import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { tempDir } from "../support/addFixtures.ts";
import { addPastedText, listItem, publishReviewed } from "../support/annotatePage.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

const articles = tempDir("ui-french");
const stack = useArticleStack({
  articles: { dir: articles, enabled: true },
  nlpUrl: async () => inject("nlpUrl"),
});

const TITLE = "Le port d'Orvik signe avec Kestrel";
const SLUG = "undated-le-port-d-orvik-signe-avec-kestrel";
const TEXT =
  `${TITLE}\n\n` +
  "La ministre Ilse Varga a rencontré Tomas Lind à Bamako le 4 mai 2026. " +
  "Mme Varga a signé un contrat avec la société norvégienne Kestrel Freight, qui exploite le port d'Orvik.\n";

describe("a French article", () => {
  it("is added with its language told from the text, read by the French pipeline, reviewed and published", async () => {
    const page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    const dialog = await addPastedText(page, stack.server.url, TEXT, SLUG);
    expect(await dialog.getByRole("list", { name: "Outcomes" }).innerText()).toContain(
      'Not given, so language "fr" detected from the text.',
    );

    await dialog.getByRole("link", { name: "Review the draft" }).click();
    await page.getByRole("heading", { name: TITLE, level: 2 }).waitFor();
    expect(await page.getByRole("group", { name: "Language" }).getByLabel("Language").inputValue()).toBe(
      "fr",
    );
    // Read by CoreNLP: no note that the draft was made without the language engine.
    expect(await page.getByRole("note", { name: "Made without the language engine" }).count()).toBe(0);
    for (const name of ["Ilse Varga", "Tomas Lind", "Kestrel Freight"]) {
      await listItem(page, "Entities", name)
        .getByRole("button", { name: `Accept ${name}` })
        .click();
    }
    const relations = page.getByRole("region", { name: "Relations" });
    await expect.poll(() => relations.innerText()).toContain("MET_WITH");
    await publishReviewed(page);
    const meta = JSON.parse(readFileSync(join(articles, SLUG, "meta.json"), "utf8")) as { language: string };
    expect(meta.language).toBe("fr");
    const annotation = JSON.parse(readFileSync(join(articles, SLUG, "annotation.json"), "utf8")) as {
      entities: { name: string; labels: string[] }[];
    };
    expect(annotation.entities.map((e) => e.name).sort()).toEqual([
      "Ilse Varga",
      "Kestrel Freight",
      "Tomas Lind",
    ]);
    expect(annotation.entities.find((e) => e.name === "Kestrel Freight")?.labels).toContain("Company");
    await page.close();
  }, 300_000);
});
