import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import type { ServerOptions } from "../../graph/server/app.ts";
import { startAppServer } from "./appServer.ts";
import { goitaDir } from "./articleFixture.ts";
import { launchBrowser } from "./browser.ts";
import { clearDatabase, scalar, testDriver } from "./db.ts";
import { UI_TIMEOUT, waitForOrder } from "./explorerPage.ts";

export interface ArticleStack {
  driver: Driver;
  server: { url: string; stop: () => Promise<void> };
  browser: { browser: Browser; close: () => Promise<void> };
}

/**
 * For a browser test file: the articles (default: the seed article) loaded into the cleared test Neo4j,
 * the built app served over it, and a Chromium; all stopped after the file.
 * The fields are set once the file's tests start.
 */
export function useArticleStack(
  serverOptions: Partial<ServerOptions> = {},
  articleDirs: readonly string[] = [goitaDir],
): ArticleStack {
  const stack = {} as ArticleStack;
  beforeAll(async () => {
    stack.driver = testDriver();
    await clearDatabase(stack.driver);
    await loadArticles(stack.driver, [...articleDirs]);
    stack.server = await startAppServer(stack.driver, serverOptions);
    stack.browser = await launchBrowser();
  });
  afterAll(async () => {
    await stack.browser?.close();
    await stack.server?.stop();
    await stack.driver?.close();
  });
  return stack;
}

/** A page of the stack's explorer, once it draws every entity of the graph. */
export async function openExplorerPage(stack: ArticleStack): Promise<Page> {
  const entities = await scalar<number>(stack.driver, "MATCH (e:Entity) RETURN count(e)");
  const page = await stack.browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(stack.server.url);
  await waitForOrder(page, entities);
  return page;
}
