import { afterEach, describe, expect, it, vi } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import { buildServer } from "../../graph/server/app.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";

afterEach(() => vi.restoreAllMocks());

describe("an unexpected failure", () => {
  it("answers 500 with a request id, under which the server writes what happened to its log", async () => {
    const db = new MemoryDatabase();
    const app = await buildServer({ db });
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => void logged.push(String(line)));
    try {
      db.failWith(new TypeError("a bug in a route"));
      const answer = await app.inject({ method: "GET", url: "/api/search?q=mali" });
      expect(answer.statusCode).toBe(500);
      const { error } = answer.json() as ErrorBody;
      expect(error.code).toBe("internal");
      expect(error.requestId).toMatch(/^[0-9a-f]{8}$/);
      expect(error.message).toBe(
        `Something went wrong on the server (request ${error.requestId}; its log says what).`,
      );
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(
        new RegExp(`^\\[${error.requestId}\\] GET /api/search answered 500: TypeError: a bug in a route`),
      );
    } finally {
      await app.close();
    }
  });
});
