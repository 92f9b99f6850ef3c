import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";
import { closeSuggestWorkers, suggestOffThread } from "../../graph/suggest/worker/pool.ts";

const river = readFileSync(join(import.meta.dirname, "..", "fixtures", "texts", "river-mission.txt"), "utf8");

afterAll(closeSuggestWorkers);

describe("suggestions on a worker thread", () => {
  it("give the draft and the lines the server's own thread gives", async () => {
    const here: string[] = [];
    const there: string[] = [];
    const expected = await suggestDraft(river, { nlpUrl: null, log: (l) => here.push(l) });
    const draft = await suggestOffThread(river, { nlpUrl: null, log: (l) => there.push(l) });
    expect(draft).toEqual(expected);
    expect(there).toEqual(here);
    expect(draft.entities.length).toBeGreaterThan(3);
  });
});
