import { lstatSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { listTree } from "../../tests/support/addFixtures.ts";
import { LAKE_SLUG, writeLakeFolder } from "../../tests/support/reviewFixture.ts";
import { acceptAll, openDraft, publishOverHttp, saveOverHttp } from "../../tests/support/reviewHttp.ts";
import { fillDisk, mountSmallDisk } from "../../tests/support/smallDisk.ts";
import { checkConsistency, describeConsistency } from "./consistency.ts";
import { type Operation, describeAnswer, perform } from "./operations.ts";
import { FaultsSkipped } from "./run.ts";
import { faultStack } from "./stack.ts";
import type { FaultRow, FaultSection } from "./types.ts";

/** Every entry under the articles folder with a file's bytes: hidden temporary files count too. */
function snapshot(root: string): string {
  return listTree(root)
    .map((p) => {
      const path = join(root, p);
      return `${p} ${lstatSync(path).isFile() ? readFileSync(path).toString("base64") : "(folder)"}`;
    })
    .join("\n");
}

export const fullDiskSection: FaultSection = {
  title: "A full disk during add, save and publish",
  async run(log) {
    const disk = mountSmallDisk(4096);
    if (!disk.ok) throw new FaultsSkipped(`${disk.reason}.`);
    const articles = join(disk.dir, "articles");
    const stack = await faultStack({ articles, log });
    const rows: FaultRow[] = [];
    try {
      writeLakeFolder(articles);
      for (const [n, operation] of (["add", "save", "publish"] as Operation[]).entries()) {
        let server = await stack.start();
        // The reviewer's accepted draft is saved while there is room; the publish meets the full disk.
        const opened = operation === "publish" ? await openDraft(server.url, LAKE_SLUG) : undefined;
        const saved =
          opened && (await saveOverHttp(server.url, LAKE_SLUG, opened.version, acceptAll(opened.draft)));
        const before = snapshot(articles);
        const filler = fillDisk(disk.dir);
        const answer = await (
          saved
            ? publishOverHttp(server.url, LAKE_SLUG, saved.body.version as string)
            : perform(operation, server.url, n)
        ).catch((e: unknown) => e as Error);
        const unchanged = snapshot(articles) === before;
        unlinkSync(filler);
        await server.stop();
        server = await stack.start();
        const consistency = await checkConsistency(stack.driver, articles);
        await server.stop();
        const said =
          answer instanceof Error ? "" : ` ("${(answer.body.error as { message?: string })?.message ?? ""}")`;
        log(`${operation}: ${describeAnswer(answer)}${said}`);
        rows.push({
          fault: `disk full during ${operation} (a ${4096 / 1024} MB tmpfs filled to the last byte)`,
          outcome: `answer ${describeAnswer(answer)}${said}; files ${unchanged ? "unchanged" : "CHANGED"}; after the next start ${describeConsistency(consistency)}`,
          pass: !(answer instanceof Error) && answer.status === 507 && unchanged && consistency.ok,
        });
      }
    } finally {
      await stack.close();
      disk.unmount();
    }
    return rows;
  },
};
