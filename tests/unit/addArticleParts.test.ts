import { describe, expect, it } from "vitest";
import { articleWritesFromEnv, isLoopbackHost } from "../../graph/server/articleWrites.ts";

describe("adding articles over HTTP", () => {
  it("is on for loopback addresses and off beyond them unless DOSSIER_REMOTE_WRITES", () => {
    for (const host of ["127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]"])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "dossier.example"])
      expect(isLoopbackHost(host)).toBe(false);
    const env = { DOSSIER_ARTICLES: undefined, DOSSIER_REMOTE_WRITES: false };
    expect(articleWritesFromEnv({ ...env, HOST: "127.0.0.1" }).enabled).toBe(true);
    const off = articleWritesFromEnv({ ...env, HOST: "0.0.0.0" });
    expect(off.enabled).toBe(false);
    expect(off.offReason).toBe(
      "Writing articles (add, save, publish) is off because the server listens on 0.0.0.0, beyond this machine; set DOSSIER_REMOTE_WRITES=true to allow it.",
    );
    expect(articleWritesFromEnv({ ...env, HOST: "0.0.0.0", DOSSIER_REMOTE_WRITES: true }).enabled).toBe(true);
  });
});
