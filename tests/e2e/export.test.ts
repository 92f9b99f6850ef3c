import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

const stack = useArticleStack();

/** Chooses a format (and scale) in the Export menu, clicks Download, returns the file's bytes. */
async function download(page: Page, format: string, scale?: number): Promise<Buffer> {
  const dialog = page.getByRole("dialog", { name: "Export" });
  if (!(await dialog.isVisible())) await page.getByRole("button", { name: "Export", exact: true }).click();
  await dialog.getByLabel("Format").selectOption(format);
  if (scale !== undefined) await dialog.getByLabel("Scale").fill(String(scale));
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  return readFileSync(await file.path());
}

describe("the Export menu", () => {
  it("downloads the view in every format, each parsing back to the view's nodes and relationships", async () => {
    const page = await stack.browser.browser.newPage({
      acceptDownloads: true,
      viewport: { width: 1200, height: 800 },
    });
    page.setDefaultTimeout(UI_TIMEOUT);
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(stack.server.url);
    await page
      .waitForFunction(() => (window.__dossier?.order() ?? 0) > 1, undefined, { timeout: 2 * UI_TIMEOUT })
      .catch(async (error: unknown) => {
        const body = await page.locator("body").innerText();
        throw new Error(
          `The view did not open: ${String(error)}\n${pageErrors.join("\n")}\n${body.slice(0, 800)}`,
        );
      });
    const counts = () =>
      page.evaluate(() => [window.__dossier?.order() ?? -1, window.__dossier?.size() ?? -1]);
    const [nodes = 0, rels = 0] = await counts();
    expect(nodes).toBeGreaterThan(1);

    const json = Graph.from(JSON.parse((await download(page, "json")).toString("utf8")) as never);
    expect([json.order, json.size]).toEqual([nodes, rels]);
    expect(json.someNode((_id, a) => typeof a.x === "number" && typeof a.color === "string")).toBe(true);

    const graphml = parseGraphml(Graph, (await download(page, "graphml")).toString("utf8"));
    expect([graphml.order, graphml.size]).toEqual([nodes, rels]);

    const gexf = parseGexf(Graph, (await download(page, "gexf")).toString("utf8"));
    expect([gexf.order, gexf.size]).toEqual([nodes, rels]);
    expect(
      gexf.everyNode(
        (_id, a) => typeof a.x === "number" && typeof a.size === "number" && /^#/.test(String(a.color)),
      ),
    ).toBe(true);

    const zip = unzipSync(new Uint8Array(await download(page, "csv")));
    expect(Object.keys(zip).sort()).toEqual(["nodes.csv", "relationships.csv"]);
    const csvRows = (name: string) =>
      Papa.parse<string[]>(strFromU8(zip[name] ?? new Uint8Array()), { skipEmptyLines: true }).data.length -
      1;
    expect([csvRows("nodes.csv"), csvRows("relationships.csv")]).toEqual([nodes, rels]);

    const script = (await download(page, "cypher")).toString("utf8");
    expect(script).toMatch(/^MERGE \(n:`Entity` \{`id`: row\.k\}\)$/m);
    expect(script).toMatch(/^MERGE \(a\)-\[r:\$\(row\.t\)/m);

    const errors: string[] = [];
    const svg = new DOMParser({
      errorHandler: (level: string, m: unknown) => void errors.push(`${level} ${String(m)}`),
    }).parseFromString((await download(page, "svg", 1)).toString("utf8"), "image/svg+xml");
    expect(errors).toEqual([]);
    expect(svg.getElementsByTagName("circle")).toHaveLength(nodes);

    const [width, height] = await page.evaluate(() => {
      const container = document.querySelector("canvas")?.parentElement;
      return [container?.clientWidth ?? 0, container?.clientHeight ?? 0];
    });
    const png = PNG.sync.read(await download(page, "png", 2));
    expect([png.width, png.height]).toEqual([width * 2, height * 2]);
    const colours = new Set<number>();
    let drawn = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255];
      if (r < 240 || g < 240 || b < 240) drawn += 1;
      colours.add((r << 16) | (g << 8) | b);
    }
    expect(drawn).toBeGreaterThan(png.width * png.height * 0.002);
    expect(colours.size).toBeGreaterThan(10);
    expect(await counts()).toEqual([nodes, rels]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
