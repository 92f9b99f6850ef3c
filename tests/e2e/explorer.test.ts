import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "../support/appServer.ts";
import { launchBrowser } from "../support/browser.ts";
import { scalar, seededDriver } from "../support/db.ts";
import {
  chooseNode,
  nodeByCaption,
  UI_TIMEOUT,
  waitForDetails,
  waitForOrder,
} from "../support/explorerPage.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let browser: { browser: Browser; close: () => Promise<void> };
let page: Page;
let entities: number;

beforeAll(async () => {
  driver = await seededDriver();
  entities = await scalar<number>(driver, "MATCH (e:Entity) RETURN count(e)");
  server = await startAppServer(driver);
  browser = await launchBrowser();
  page = await browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await driver?.close();
});

describe("the explorer", () => {
  it("opens on the article's graph, searches, and shows a node's details with a mention sentence", async () => {
    await page.goto(server.url);
    await waitForOrder(page, entities);

    await chooseNode(page, "Search", "goita", "Assimi Goïta");
    await waitForDetails(page, "Assimi Goïta");
    const sentence = await scalar<string>(
      driver,
      "MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: 'assimi-goita'}) RETURN s.text ORDER BY s.index LIMIT 1",
    );
    const mentions = page.getByRole("list", { name: "Mentions" });
    await expect.poll(() => mentions.innerText()).toContain(sentence);
    expect(await mentions.locator("mark").first().innerText()).toMatch(/Go[iï]ta|Giota/);
    // The reader marks the selected node's mentions.
    expect(await page.locator(".reader .mention.active").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("focus")).toBe(await nodeByCaption(page, "Assimi Goïta"));
  });

  it("expands a node to bring back its neighbours, with undo and redo", async () => {
    await chooseNode(page, "Search", "putin", "Vladimir Putin");
    await waitForDetails(page, "Vladimir Putin");
    await page.getByRole("button", { name: "Hide", exact: true }).click();
    await waitForOrder(page, entities - 1);

    await chooseNode(page, "Search", "goita", "Assimi Goïta");
    await waitForDetails(page, "Assimi Goïta");
    await page.getByRole("button", { name: "Expand", exact: true }).click();
    await waitForOrder(page, entities);
    const neighbours = await scalar<number>(
      driver,
      "MATCH (:Entity {id: 'assimi-goita'})--(n:Entity) RETURN count(DISTINCT n)",
    );
    await expect
      .poll(() => page.getByRole("status").first().innerText())
      .toContain(`${neighbours} neighbours`);
    expect(await page.getByRole("button", { name: "Collapse" }).isEnabled()).toBe(true);

    await page.getByRole("button", { name: "Undo" }).click();
    await waitForOrder(page, entities - 1);
    await page.getByRole("button", { name: "Redo" }).click();
    await waitForOrder(page, entities);
    expect(new URL(page.url()).searchParams.getAll("expand")).toEqual([
      await nodeByCaption(page, "Assimi Goïta"),
    ]);
  });

  it("reopens the same view from the URL", async () => {
    const link = page.url();
    const other = await browser.browser.newPage({ viewport: { width: 1200, height: 800 } });
    try {
      await other.goto(link);
      await waitForOrder(other, entities);
      await waitForDetails(other, "Assimi Goïta");
      expect(await other.getByRole("button", { name: "Collapse" }).isEnabled()).toBe(true);
      expect(other.url()).toBe(link);
    } finally {
      await other.close();
    }
  });

  it("shows a relationship's evidence from the node's relationship list", async () => {
    await page
      .getByRole("list", { name: "Relationships" })
      .getByRole("button", { name: "MET_WITH → Vladimir Putin" })
      .click();
    await waitForDetails(page, "MET_WITH");
    const evidence = await scalar<string[]>(
      driver,
      "MATCH (:Entity {id: 'assimi-goita'})-[r:MET_WITH]->(:Entity {id: 'vladimir-putin'}) RETURN r.evidence",
    );
    const list = page.getByRole("list", { name: "Evidence" });
    await expect.poll(() => list.locator("mark").allInnerTexts()).toEqual(expect.arrayContaining(evidence));
    // Dates are readable, not ISO.
    expect(await page.locator(".properties").innerText()).toContain("23 June 2025");
  });

  it("selects a node and a relationship by clicking the canvas", async () => {
    await page.getByRole("button", { name: "Fit" }).click();
    // Fit animates the camera: click where Mali is once it stands still.
    const mali = await settle(page, "Mali");
    await page.mouse.click(mali.x, mali.y);
    await waitForDetails(page, "Mali");

    // An edge whose middle is far from every node and from other edges' middles.
    const target = await page.evaluate(() => {
      const hook = window.__dossier!;
      const edges = hook.edges();
      const nodes = edges.flatMap((e) => [e.source, e.target]);
      const points = [...new Set(nodes)].map((n) => hook.pagePosition(n)!);
      let best: {
        id: string;
        relType: string;
        x: number;
        y: number;
        score: number;
        dx: number;
        dy: number;
      } | null = null;
      for (const e of edges) {
        const parallel = edges.filter(
          (o) =>
            (o.source === e.source && o.target === e.target) ||
            (o.source === e.target && o.target === e.source),
        );
        if (parallel.length > 1) continue;
        const m = hook.pagePosition(e.id)!;
        const others = edges.filter((o) => o.id !== e.id).map((o) => hook.pagePosition(o.id)!);
        const score = Math.min(...[...points, ...others].map((p) => Math.hypot(p.x - m.x, p.y - m.y)));
        if (!best || score > best.score) {
          const [a, b] = [hook.pagePosition(e.source)!, hook.pagePosition(e.target)!];
          best = { id: e.id, relType: e.relType, x: m.x, y: m.y, score, dx: b.x - a.x, dy: b.y - a.y };
        }
      }
      return best;
    });
    expect(target).not.toBeNull();
    // Sigma picks edges on a downsized buffer, so a thin line can miss one exact pixel: like a
    // user, click again a little further along the same line until the edge is selected.
    const { x, y, dx, dy, relType } = target!;
    // Along the line, and a pixel to either side of it (a unit step across the line).
    const length = Math.hypot(dx, dy) || 1;
    const [nx, ny] = [-dy / length, dx / length];
    const tries = [0, 0.05, -0.05, 0.1, -0.1].flatMap((t) => [0, 1, -1].map((n) => [t, n] as const));
    for (const [t, n] of tries) {
      const [px, py] = [x + t * dx + n * nx, y + t * dy + n * ny];
      await page.mouse.move(px, py);
      await page.mouse.click(px, py);
      const shown = await waitForDetails(page, relType, 3_000).then(
        () => true,
        () => false,
      );
      if (shown) break;
    }
    await waitForDetails(page, relType);
  });

  it("hides a label from the legend and shows it again", async () => {
    const goita = await nodeByCaption(page, "Assimi Goïta");
    const person = page
      .getByRole("list", { name: "Labels" })
      .getByRole("button", { name: /^Person \(\d+\)$/ });
    await person.click();
    expect(await person.getAttribute("aria-pressed")).toBe("false");
    await page.waitForFunction((id) => window.__dossier?.isDrawn(id) === false, goita);
    await person.click();
    await page.waitForFunction((id) => window.__dossier?.isDrawn(id) === true, goita);
  });

  it("finds and highlights the shortest path from Goïta to SOROMA-SA", async () => {
    await page.getByRole("tab", { name: "Path" }).click();
    await chooseNode(page, "Path from", "goita", "Assimi Goïta");
    await chooseNode(page, "Path to", "soroma", "SOROMA-SA");
    await page.getByRole("button", { name: "Find path" }).click();
    const steps = page.getByRole("list", { name: "Path steps" });
    await steps.waitFor();
    const hops = await scalar<number>(
      driver,
      `MATCH (a:Entity {id: 'assimi-goita'}), (b:Entity {id: 'soroma-sa'})
       MATCH p = allShortestPaths((a)-[*..8]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity)
       RETURN length(p) LIMIT 1`,
    );
    const items = await steps.getByRole("listitem").allInnerTexts();
    expect(items).toHaveLength(2 * hops + 1);
    expect(items[0]).toBe("Assimi Goïta");
    expect(items.at(-1)).toBe("SOROMA-SA");
    // Clicking a step of the path opens its evidence.
    await steps.getByRole("listitem").nth(1).getByRole("button").click();
    await waitForDetails(page, items[1]!.replace(/[→←]/g, "").trim());
    expect(await page.getByRole("list", { name: "Evidence" }).locator("mark").count()).toBeGreaterThan(0);
  });

  it("shows an entity named like HTML as text, and nothing runs", async () => {
    const name = "<img src=x onerror=alert(1)>";
    await driver.executeQuery("CREATE (:Entity:Person {id: 'test-xss', name: $name, aliases: [$name]})", {
      name,
    });
    const dialogs: string[] = [];
    const fresh = await browser.browser.newPage();
    fresh.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await fresh.goto(server.url);
      await waitForOrder(fresh, entities + 1);
      await chooseNode(fresh, "Search", "img src", name);
      await waitForDetails(fresh, name);
      expect(await fresh.getByRole("tabpanel").getByRole("heading", { level: 2 }).innerText()).toBe(name);
      expect(await fresh.locator("img").count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await fresh.close();
      await driver.executeQuery("MATCH (n:Entity {id: 'test-xss'}) DETACH DELETE n");
    }
  });
});

/** The page position of a node once the camera has stopped moving. */
async function settle(page: Page, caption: string): Promise<{ x: number; y: number }> {
  const id = await nodeByCaption(page, caption);
  let last = "";
  for (;;) {
    const now = JSON.stringify(await page.evaluate((n) => window.__dossier?.pagePosition(n), id));
    if (now === last) return JSON.parse(now) as { x: number; y: number };
    last = now;
    await page.waitForTimeout(250);
  }
}
