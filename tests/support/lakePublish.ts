import { expect } from "vitest";
import { LAKE_SLUG } from "./reviewFixture.ts";
import { type HttpAnswer, acceptAll, openDraft, publishOverHttp, saveOverHttp } from "./reviewHttp.ts";

/**
 * Publishes the Lake Mora draft (written by writeLakeFolder) through the server: every entity
 * accepted, and of its relations only Kestrel Works BASED_IN Mali (the other two are outside the
 * vocabulary, so rejected).
 */
export async function publishLakeOverHttp(url: string): Promise<HttpAnswer> {
  const { version, draft } = await openDraft(url, LAKE_SLUG);
  const reviewed = acceptAll(draft);
  reviewed.relations = reviewed.relations.map((r) =>
    r.id === "kestrel-works-based-in-mali" ? r : { ...r, status: "rejected" },
  );
  const saved = await saveOverHttp(url, LAKE_SLUG, version, reviewed);
  expect(saved.status).toBe(200);
  return publishOverHttp(url, LAKE_SLUG, saved.body.version as string);
}
