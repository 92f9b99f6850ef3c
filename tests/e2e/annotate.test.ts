import { cpSync, existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { annotationSchema } from "../../graph/model/annotation.ts";
import { type Draft, draftSchema } from "../../graph/model/draft.ts";
import { HARBOUR_TEXT, tempDir } from "../support/addFixtures.ts";
import { listItem, selectText, waitForSaved } from "../support/annotatePage.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { scalar } from "../support/db.ts";
import { UI_TIMEOUT, chooseNode, waitForDetails } from "../support/explorerPage.ts";

const articles = tempDir("annotate-articles");
// The seed article is there too (published, no draft.json), as it is in data/articles.
const seed = basename(goitaDir);
cpSync(goitaDir, join(articles, seed), { recursive: true });

const stack = useArticleStack({
  articles: { dir: articles, enabled: true },
  nlpUrl: async () => inject("nlpUrl"),
});

/** A whole review with CoreNLP suggesting and the explorer rendering in software takes a while on a shared machine. */
const LONG = 300_000;

const BARGE_TITLE = "Orvik Port Authority signs barge deal";
const BARGE_TEXT =
  `${BARGE_TITLE}\n\n` +
  "The Orvik Port Authority signed a barge contract with Kestrel Freight in Bamako on 4 May 2026. " +
  "Mali will receive fuel by river from June, the Ministry of Transport said. " +
  "The landlocked country imports most of its fuel by road.\n\n" +
  "Kestrel Freight, a shipping company based in Lagos, will run six barges for the Orvik Port Authority.\n";
const BARGE_SLUG = "2026-05-04-orvik-port-authority-signs-barge-deal";
const EVIDENCE = "Orvik Port Authority signed a barge contract with Kestrel Freight";

function draftOnDisk(slug: string): Draft {
  return draftSchema.parse(JSON.parse(readFileSync(join(articles, slug, "draft.json"), "utf8")));
}

function statusOnDisk(slug: string, id: string): string | undefined {
  if (!existsSync(join(articles, slug, "draft.json"))) return undefined;
  return draftOnDisk(slug).entities.find((e) => e.id === id)?.status;
}

async function openPage(): Promise<Page> {
  const page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  return page;
}

/** Adds a text through the Add article dialog and follows its "Review the draft" link. */
async function addAndReview(page: Page, text: string, title: string, published: string): Promise<void> {
  await page.goto(stack.server.url);
  await page.getByRole("button", { name: "Add article" }).click();
  const dialog = page.getByRole("dialog", { name: "Add article" });
  await dialog.getByLabel("Text").fill(text);
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Published").fill(published);
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  // The refusal sentence, if any, is what the failure shows. Suggesting runs CoreNLP on a shared machine: wait longer.
  await expect
    .poll(() => dialog.locator('[role="status"], [role="alert"]').first().innerText(), {
      timeout: 3 * UI_TIMEOUT,
    })
    .toMatch(/^Added /);
  await dialog.getByRole("link", { name: "Review the draft" }).click();
  await page.getByRole("heading", { name: title, level: 2 }).waitFor();
}

describe("the Annotate view", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it("opens the published seed article from the toolbar, every item accepted and its mentions marked", async () => {
    await page.goto(stack.server.url);
    await page.getByRole("button", { name: "Annotate", exact: true }).click();
    const picker = page.getByRole("dialog", { name: "Annotate an article" });
    const title = JSON.parse(readFileSync(join(goitaDir, "meta.json"), "utf8")).title as string;
    await picker.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { name: title, level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get("annotate")).toBe(seed);
    const annotation = annotationSchema.parse(
      JSON.parse(readFileSync(join(goitaDir, "annotation.json"), "utf8")),
    );
    const items = annotation.entities.length + annotation.relations.length;
    await expect
      .poll(() => page.getByLabel("Left to review").innerText())
      .toBe(`0 left to review · ${items} accepted · 0 rejected`);
    expect(await page.locator(".annotated-text .mention-mark.accepted").count()).toBeGreaterThan(10);
    // Clicking a relation highlights its evidence in the text.
    const relation = annotation.relations[0]!;
    await page.getByRole("region", { name: "Relations" }).getByRole("listitem").first().click();
    await expect.poll(() => page.locator(".annotated-text .evidence").allInnerTexts()).not.toEqual([]);
    const marked = (await page.locator(".annotated-text .evidence").allInnerTexts()).join("");
    expect(marked).toBe(relation.evidence.join(""));
  });

  it(
    "reviews an added article: accept, reject, link to mali, a relation from selected words, publish, then explore it",
    { timeout: LONG },
    async () => {
      await addAndReview(page, BARGE_TEXT, BARGE_TITLE, "2026-05-04");
      const left = () => page.getByLabel("Left to review").innerText();
      const before = Number((await left()).split(" ")[0]);
      expect(before).toBeGreaterThan(3);

      // Accept by button, reject by button, and accept by keyboard.
      for (const name of ["Orvik Port Authority", "Kestrel Freight", "Mali"]) {
        await listItem(page, "Entities", name)
          .getByRole("button", { name: `Accept ${name}` })
          .click();
      }
      await listItem(page, "Entities", "Lagos").getByRole("button", { name: "Reject Lagos" }).click();
      await listItem(page, "Entities", "Bamako").click();
      await page.keyboard.press("a");
      await expect.poll(left).toBe(`${before - 5} left to review · 4 accepted · 1 rejected`);
      expect(await page.locator('.annotated-text .mention-mark.rejected[data-entity="lagos"]').count()).toBe(
        1,
      );

      // Undo and redo from the keyboard; the filters.
      await page.keyboard.press("Control+z");
      await expect.poll(left).toBe(`${before - 4} left to review · 3 accepted · 1 rejected`);
      await page.keyboard.press("Control+z");
      await expect
        .poll(() => listItem(page, "Entities", "Lagos").getAttribute("class"))
        .toContain("suggested");
      await page.keyboard.press("Control+Shift+z");
      await page.keyboard.press("Control+Shift+z");
      await expect.poll(left).toBe(`${before - 5} left to review · 4 accepted · 1 rejected`);
      const filters = page.getByRole("group", { name: "Filters" });
      await filters.getByLabel("Show").selectOption("rejected");
      expect(
        await page.getByRole("region", { name: "Entities" }).getByRole("listitem").allInnerTexts(),
      ).toEqual([expect.stringContaining("Lagos")]);
      await filters.getByLabel("Show").selectOption("all");

      // Selected words become a new entity, then linked to the graph's Mali (the draft's Mali takes it in).
      await selectText(page, "landlocked country");
      const selection = page.getByRole("region", { name: "Selected text" });
      await selection.getByLabel("Label of the new entity").selectOption("Country");
      await selection.getByRole("button", { name: "New entity" }).click();
      const editor = page.getByRole("region", { name: "Entity landlocked country" });
      await editor.waitFor();
      await chooseNode(page, "Link to graph entity", "mali", "Mali");
      await page.getByRole("region", { name: "Entity Mali" }).waitFor();
      await expect.poll(() => listItem(page, "Entities", "landlocked country").count()).toBe(0);
      expect(await page.locator('.annotated-text [data-entity="mali"]').allInnerTexts()).toEqual([
        "Mali",
        "landlocked country",
      ]);

      // Selected words become the evidence of a new relation.
      await selectText(page, EVIDENCE);
      await selection.getByLabel("Subject").selectOption("orvik-port-authority");
      await selection.getByLabel("Type").fill("contracted with");
      await selection.getByLabel("Object").selectOption("kestrel-freight");
      await selection.getByRole("button", { name: "New relation" }).click();
      await page
        .getByRole("region", { name: "Relation orvik-port-authority-contracted-with-kestrel-freight" })
        .waitFor();
      expect((await page.locator(".annotated-text .evidence").allInnerTexts()).join("")).toBe(EVIDENCE);

      await waitForSaved(page);
      await expect
        .poll(() => draftOnDisk(BARGE_SLUG).relations.some((r) => r.type === "CONTRACTED_WITH"))
        .toBe(true);
      // `DOSSIER_SCREENSHOTS=docs npx vitest run tests/e2e/annotate.test.ts` refreshes the README's picture.
      if (process.env.DOSSIER_SCREENSHOTS) {
        await page.screenshot({ path: join(process.env.DOSSIER_SCREENSHOTS, "annotate.png") });
      }
      // A relation to a rejected entity: publishing names the problem at that relation, and publishes nothing.
      const based = listItem(page, "Relations", "Kestrel Freight BASED_IN Lagos");
      await based.getByRole("button", { name: "Accept Kestrel Freight BASED_IN Lagos" }).click();
      await page.getByRole("button", { name: "Publish" }).click();
      await expect
        .poll(() => based.getByRole("alert").innerText(), { timeout: UI_TIMEOUT })
        .toContain('its object "lagos" is not an accepted entity');
      expect(existsSync(join(articles, BARGE_SLUG, "annotation.json"))).toBe(false);
      await based.getByRole("button", { name: "Reject Kestrel Freight BASED_IN Lagos" }).click();

      await page.getByRole("button", { name: "Publish" }).click();
      const outcome = page.locator(".publish-outcome");
      await expect
        .poll(() => outcome.innerText(), { timeout: UI_TIMEOUT })
        .toMatch(/^Published 4 entities and 1 relation\./);

      const annotation = annotationSchema.parse(
        JSON.parse(readFileSync(join(articles, BARGE_SLUG, "annotation.json"), "utf8")),
      );
      expect(annotation.entities.map((e) => e.id).sort()).toEqual([
        "bamako",
        "kestrel-freight",
        "mali",
        "orvik-port-authority",
      ]);
      expect(annotation.relations).toEqual([
        expect.objectContaining({
          type: "CONTRACTED_WITH",
          from: "orvik-port-authority",
          to: "kestrel-freight",
          evidence: [EVIDENCE],
        }),
      ]);
      // The rejected suggestion is remembered in the folder.
      expect(statusOnDisk(BARGE_SLUG, "lagos")).toBe("rejected");
      expect(
        await scalar<number>(
          stack.driver,
          "MATCH (:Entity {id: 'kestrel-freight'})<-[:CONTRACTED_WITH]-(:Entity {id: 'orvik-port-authority'}) RETURN count(*)",
        ),
      ).toBe(1);

      // In the explorer: the new entity is searchable, its relationship shows the selected words as evidence.
      await outcome.getByRole("link", { name: "Open the explorer" }).click();
      await chooseNode(page, "Search", "kestrel", "Kestrel Freight");
      await waitForDetails(page, "Kestrel Freight");
      await page.getByRole("button", { name: "Expand", exact: true }).click();
      await page
        .getByRole("list", { name: "Relationships" })
        .getByRole("button", { name: "Orvik Port Authority → CONTRACTED_WITH" })
        .click();
      await waitForDetails(page, "CONTRACTED_WITH");
      await expect
        .poll(() => page.getByRole("list", { name: "Evidence" }).locator("mark").allInnerTexts())
        .toContain(EVIDENCE);

      // Mali: mentions from both articles, grouped by article.
      await chooseNode(page, "Search", "mali", "Mali");
      await waitForDetails(page, "Mali");
      const seedTitle = JSON.parse(readFileSync(join(goitaDir, "meta.json"), "utf8")).title as string;
      const ours = page.getByRole("list", { name: `From ${BARGE_TITLE}` });
      await expect.poll(() => ours.locator("mark").allInnerTexts()).toEqual(["Mali", "landlocked country"]);
      expect(
        await page
          .getByRole("list", { name: `From ${seedTitle}` })
          .getByRole("listitem")
          .count(),
      ).toBeGreaterThan(0);
    },
  );
});

describe("two pages on one draft", () => {
  it(
    "refuses the later save with both versions shown; each side can be kept; a reload loses nothing",
    { timeout: LONG },
    async () => {
      const a = await openPage();
      const b = await openPage();
      try {
        await addAndReview(a, HARBOUR_TEXT, "Port Elsa signs a harbour deal", "2024-03-05");
        const slug = "2024-03-05-port-elsa-signs-a-harbour-deal";
        const link = a.url();
        await b.goto(link);
        await b.getByRole("heading", { name: "Port Elsa signs a harbour deal", level: 2 }).waitFor();
        const first = draftOnDisk(slug).entities[0]!;
        const second = draftOnDisk(slug).entities[1]!;

        await listItem(a, "Entities", first.name)
          .getByRole("button", { name: `Accept ${first.name}` })
          .click();
        await expect.poll(() => statusOnDisk(slug, first.id)).toBe("accepted");
        await waitForSaved(a);

        // B read the draft before A's save: its save is refused, and nothing of A's is lost.
        await listItem(b, "Entities", second.name)
          .getByRole("button", { name: `Reject ${second.name}` })
          .click();
        const conflict = b.getByRole("alertdialog", { name: "Save conflict" });
        await conflict.waitFor();
        expect(
          await conflict
            .getByRole("row")
            .filter({ hasText: `entity ${first.name}` })
            .innerText(),
        ).toMatch(/suggested\s+accepted/);
        expect(
          await conflict
            .getByRole("row")
            .filter({ hasText: `entity ${second.name}` })
            .innerText(),
        ).toMatch(/rejected\s+suggested/);
        expect(statusOnDisk(slug, first.id)).toBe("accepted");
        expect(statusOnDisk(slug, second.id)).toBe("suggested");

        // B takes A's version, then works on: both changes are on disk.
        await conflict.getByRole("button", { name: /Take theirs/ }).click();
        await expect.poll(() => conflict.count()).toBe(0);
        expect(await listItem(b, "Entities", first.name).getAttribute("class")).toContain("accepted");
        await listItem(b, "Entities", second.name)
          .getByRole("button", { name: `Reject ${second.name}` })
          .click();
        await expect.poll(() => statusOnDisk(slug, second.id)).toBe("rejected");
        expect(statusOnDisk(slug, first.id)).toBe("accepted");

        // A is now behind: it keeps its own version deliberately.
        const third = draftOnDisk(slug).entities[2] ?? first;
        await listItem(a, "Entities", third.name)
          .getByRole("button", { name: `Reject ${third.name}` })
          .click();
        const conflictA = a.getByRole("alertdialog", { name: "Save conflict" });
        await conflictA.getByRole("button", { name: /Keep yours/ }).click();
        await expect.poll(() => statusOnDisk(slug, third.id)).toBe("rejected");
        await waitForSaved(a);
        expect(statusOnDisk(slug, second.id)).toBe("suggested");

        // Reload mid-review: the draft and the selected item come back as they were.
        await listItem(a, "Entities", first.name).click();
        const selected = a.url();
        expect(new URL(selected).searchParams.get("entity")).toBe(first.id);
        await a.reload();
        await a.getByRole("region", { name: `Entity ${first.name}` }).waitFor();
        expect(await listItem(a, "Entities", third.name).getAttribute("class")).toContain("rejected");
        expect(await listItem(a, "Entities", first.name).getAttribute("class")).toContain("accepted");
        expect(a.url()).toBe(selected);
      } finally {
        await a.close();
        await b.close();
      }
    },
  );
});
