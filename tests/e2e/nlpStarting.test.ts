import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { type Draft, draftSchema } from "../../graph/model/draft.ts";
import { type NlpEngine, backgroundEngine } from "../../graph/nlp/engine.ts";
import { nlpReady } from "../../graph/nlp/server.ts";
import { tempDir } from "../support/addFixtures.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

const articles = tempDir("starting-articles");
const texts = join(import.meta.dirname, "..", "fixtures", "texts");
const SOLAR = readFileSync(join(texts, "solar-supply.txt"), "utf8");
const RIVER = readFileSync(join(texts, "river-mission.txt"), "utf8");

/**
 * The engine as npm start has it while CoreNLP starts in the background: the
 * start is over when the test says so (`up()`), and the server it then hands
 * out is the run's real CoreNLP.
 */
function startingEngine(waitMs?: number): { engine: NlpEngine; up: () => void } {
  let up = () => {};
  const started = new Promise<boolean>((resolve) => {
    up = () => resolve(true);
  }).then(() => nlpReady(inject("nlpUrl"), 10_000));
  const engine = backgroundEngine(started, async () => inject("nlpUrl"), waitMs ? { waitMs } : {});
  return { engine, up };
}

let current = startingEngine();
const stack = useArticleStack({
  articles: { dir: articles, enabled: true },
  nlpUrl: (log) => current.engine.url(log),
  nlpState: () => current.engine.state(),
});

function draftOnDisk(slug: string): Draft {
  return draftSchema.parse(JSON.parse(readFileSync(join(articles, slug, "draft.json"), "utf8")));
}

async function openAddDialog(text: string, title: string): Promise<{ page: Page; dialog: Locator }> {
  const page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(stack.server.url);
  await page.getByRole("button", { name: "Add article" }).click();
  const dialog = page.getByRole("dialog", { name: "Add article" });
  await dialog.getByLabel("Text").fill(text);
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Published").fill("2026-05-20");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  return { page, dialog };
}

async function added(dialog: Locator): Promise<string> {
  await expect
    .poll(() => dialog.locator('[role="status"], [role="alert"]').first().innerText(), {
      timeout: 3 * UI_TIMEOUT,
    })
    .toMatch(/^Added /);
  return /^Added (\S+) with/.exec(await dialog.getByRole("status").innerText())![1]!;
}

describe("an add while the language engine starts", () => {
  it(
    "waits for the engine, saying so in the Add dialog, and drafts with it",
    { timeout: 300_000 },
    async () => {
      current = startingEngine();
      const { page, dialog } = await openAddDialog(SOLAR, "Solar supply");
      await dialog.getByText("The language engine is starting…").waitFor();
      // Still waiting: nothing written yet.
      expect(await dialog.getByRole("button", { name: "Adding…" }).isDisabled()).toBe(true);
      current.up();
      const slug = await added(dialog);
      await expect.poll(() => dialog.getByText("The language engine is starting…").count()).toBe(0);
      expect(draftOnDisk(slug).engines).toContain("corenlp");
      expect(await dialog.getByText("Suggested without the language engine").count()).toBe(0);
      await dialog.getByRole("link", { name: "Review the draft" }).click();
      await page.getByRole("heading", { name: "Solar supply", level: 2 }).waitFor();
      expect(await page.getByRole("note", { name: "Made without the language engine" }).count()).toBe(0);
      await page.close();
    },
  );

  it(
    "says when a draft was made without the engine, and suggests again with one click once it is up",
    { timeout: 300_000 },
    async () => {
      // The engine takes longer to start than the add waits.
      current = startingEngine(1000);
      const { page, dialog } = await openAddDialog(RIVER, "River mission");
      const slug = await added(dialog);
      const before = draftOnDisk(slug);
      expect(before.engines).not.toContain("corenlp");
      await dialog.getByText("Suggested without the language engine").waitFor();
      await dialog.getByRole("link", { name: "Review the draft" }).click();
      await page.getByRole("heading", { name: "River mission", level: 2 }).waitFor();

      const note = page.getByRole("note", { name: "Made without the language engine" });
      await expect.poll(() => note.innerText()).toMatch(/^Suggested without the language engine \(CoreNLP\)/);
      await expect.poll(() => note.innerText()).toContain("It is starting");
      expect(await note.getByRole("button", { name: "Suggest again" }).count()).toBe(0);

      current.up();
      await note.getByRole("button", { name: "Suggest again" }).click();
      await expect.poll(() => note.count(), { timeout: 3 * UI_TIMEOUT }).toBe(0);
      const after = draftOnDisk(slug);
      expect(after.engines).toContain("corenlp");
      expect(after.entities.length).toBeGreaterThan(before.entities.length);
      await page.close();
    },
  );
});
