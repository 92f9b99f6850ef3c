import { beforeAll, describe, expect, it } from "vitest";
import { useArticleStack } from "../support/articleStack.ts";
import { scalar } from "../support/db.ts";
import { UI_TIMEOUT, waitForOrder } from "../support/explorerPage.ts";
import { expectCleanLabels, expectSpread, settled } from "../support/openingChecks.ts";

const stack = useArticleStack();
let entities: number;

beforeAll(async () => {
  entities = await scalar<number>(stack.driver, "MATCH (e:Entity) RETURN count(e)");
});

/** sRGB relative luminance (WCAG) of a CSS colour written as rgb(), rgba() or #rrggbb. */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const channels = hex
    ? hex.slice(1).map((h) => parseInt(h, 16))
    : (/rgba?\(([^)]*)\)/.exec(colour)?.[1]?.split(",").slice(0, 3).map(Number) ?? []);
  expect(channels, `a colour in ${colour}`).toHaveLength(3);
  const [r, g, b] = channels.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("the opening view", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`follows the ${scheme} theme and draws the seed article's labels apart and inside the canvas, also after Fit`, async () => {
      const page = await stack.browser.browser.newPage({
        viewport: { width: 1440, height: 900 },
        colorScheme: scheme,
      });
      page.setDefaultTimeout(UI_TIMEOUT);
      try {
        await page.goto(stack.server.url);
        await waitForOrder(page, entities);
        await settled(page);

        const colours = await page.evaluate(() => ({
          canvas: getComputedStyle(document.querySelector(".graph-canvas")!).backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
          label: window.__dossier!.labelColor(),
        }));
        expect(colours.canvas, "the graph area has the page's background").toBe(colours.page);
        if (scheme === "dark") expect(luminance(colours.canvas)).toBeLessThan(0.1);
        else expect(luminance(colours.canvas)).toBeGreaterThan(0.8);
        expect(
          contrast(colours.label, colours.canvas),
          "labels readable on the canvas",
        ).toBeGreaterThanOrEqual(7);

        const drawn = await expectCleanLabels(page);
        expect(drawn).toContain("Assimi Goïta");
        expect(drawn).toContain("Goïta–Putin meeting at the Kremlin");
        // Every entity of the opening view is named on the canvas, none a bare dot.
        const { nodes, labelled } = await page.evaluate(() => ({
          nodes: window.__dossier!.drawnNodes().map((n) => n.id),
          labelled: window.__dossier!.drawnLabels().labels.map((l) => l.id),
        }));
        expect(nodes).toHaveLength(entities);
        expect([...labelled].sort(), "a drawn label for every node").toEqual([...nodes].sort());
        await expectSpread(page);

        // Zoomed in and back out with Fit: every label is whole again.
        await page.locator(".graph-canvas").hover();
        await page.mouse.wheel(0, -600);
        await settled(page);
        await page.getByRole("button", { name: "Fit", exact: true }).click();
        await settled(page);
        const fitted = await expectCleanLabels(page);
        expect(fitted.length).toBeGreaterThanOrEqual(Math.ceil(entities * 0.8));
      } finally {
        await page.close();
      }
    });
  }

  it("frames every label when Fit is pressed while a node is hovered, once the pointer leaves it", async () => {
    const page = await stack.browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    try {
      await page.goto(stack.server.url);
      await waitForOrder(page, entities);
      await settled(page);
      // Hover a node far from the right-most label's neighbourhood: the others lose their labels meanwhile.
      const { hover, point } = await page.evaluate(() => {
        const hook = window.__dossier!;
        const right = hook.drawnLabels().labels.reduce((a, b) => (b.right > a.right ? b : a));
        const near = new Set([right.id]);
        for (const e of hook.edges()) {
          if (e.source === right.id) near.add(e.target);
          if (e.target === right.id) near.add(e.source);
        }
        const degree = (id: string) => hook.edges().filter((e) => e.source === id || e.target === id).length;
        const leaf = hook
          .drawnNodes()
          .filter(
            (n) =>
              !near.has(n.id) &&
              !hook
                .edges()
                .some(
                  (e) =>
                    (e.source === n.id && near.has(e.target)) || (e.target === n.id && near.has(e.source)),
                ),
          )
          .sort((a, b) => degree(a.id) - degree(b.id))[0]!;
        return { hover: leaf.id, point: hook.pagePosition(leaf.id)! };
      });
      await page.mouse.move(point.x, point.y);
      await page.waitForFunction((id) => {
        const shown = window.__dossier!.drawnLabels().labels;
        return shown.some((l) => l.id === id) && shown.length < window.__dossier!.drawnNodes().length;
      }, hover);
      // Fit from the keyboard, so the pointer stays on the node while the camera is framed.
      await page.getByRole("button", { name: "Fit", exact: true }).focus();
      await page.keyboard.press("Enter");
      await settled(page);
      await page.mouse.move(2, 2);
      await page.waitForFunction((n) => window.__dossier!.drawnLabels().labels.length === n, entities);
      await settled(page);
      await expectCleanLabels(page);
    } finally {
      await page.close();
    }
  });
});
