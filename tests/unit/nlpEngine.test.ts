import { describe, expect, it } from "vitest";
import { backgroundEngine } from "../../graph/nlp/engine.ts";

/** A start that is over when the test says so. */
function start() {
  let finish: (up: boolean) => void = () => {};
  const starting = new Promise<boolean>((resolve) => (finish = resolve));
  return { starting, finish };
}

describe("the language engine while it starts", () => {
  it("makes a request wait for the start, then hands out the server", async () => {
    const { starting, finish } = start();
    const engine = backgroundEngine(starting, async () => "http://127.0.0.1:9300");
    expect(engine.state()).toBe("starting");
    const lines: string[] = [];
    const asked = engine.url((line) => lines.push(line));
    let answered = false;
    void asked.then(() => (answered = true));
    await Promise.resolve();
    expect(answered).toBe(false);
    finish(true);
    expect(await asked).toBe("http://127.0.0.1:9300");
    expect(engine.state()).toBe("ready");
    expect(lines).toEqual([]);
  });

  it("gives up after its wait and says so, and says unavailable when the start failed", async () => {
    const { starting, finish } = start();
    const engine = backgroundEngine(starting, async () => "http://127.0.0.1:9300", { waitMs: 20 });
    const lines: string[] = [];
    expect(await engine.url((line) => lines.push(line))).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/^CoreNLP was still starting after 0 s: .*Suggest again/)]);
    finish(false);
    await starting;
    await Promise.resolve();
    expect(engine.state()).toBe("unavailable");
  });
});
