import { describe, expect, it } from "vitest";
import { articleSlug, freeSlug } from "../../graph/corpus/slug.ts";
import { articleWritesFromEnv, isLoopbackHost } from "../../graph/server/articleWrites.ts";

describe("article slugs", () => {
  it("are the date and the first words of the title, accents and punctuation folded", () => {
    expect(articleSlug("2025-06-23", "Assimi Goïta’s visit to Moscow: three agreements")).toBe(
      "2025-06-23-assimi-goitas-visit-to-moscow-three-agreements",
    );
    expect(
      articleSlug("2024-03-05", "A very long title that goes on and on about the harbour and its cranes"),
    ).toBe("2024-03-05-a-very-long-title-that-goes-on-and");
    expect(articleSlug("2024-03-05", "“…”")).toBe("2024-03-05");
  });

  it("take a numbered suffix when taken", () => {
    const taken = new Set(["2024-03-05-port", "2024-03-05-port-2"]);
    expect(freeSlug("2024-03-05-port", (s) => taken.has(s))).toBe("2024-03-05-port-3");
    expect(freeSlug("2024-03-05-quay", (s) => taken.has(s))).toBe("2024-03-05-quay");
  });
});

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
