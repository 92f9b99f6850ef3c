import { join } from "node:path";
import {
  INVESTIGATION_VERSION,
  type Investigation,
  type RelationshipKey,
  type SaveInvestigationRequest,
  investigationSchema,
} from "../contract/investigations.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { readInvestigation, shownAs, writeInvestigation } from "./files.ts";
import { InvestigationRefusal } from "./refusal.ts";

export interface SavedAnswer {
  slug: string;
  revision: string;
  savedAt: string;
}

/**
 * Saves an investigation if nobody saved it since `baseRevision` ("none": a
 * new one); otherwise refuses (409) with both versions and changes nothing.
 * `known` is every relationship among its nodes now, so that opening it
 * later can tell what is new.
 */
export async function saveInvestigation(
  dir: string,
  slug: string,
  request: SaveInvestigationRequest & { baseRevision: string },
  known: readonly RelationshipKey[],
  now: Date = new Date(),
): Promise<SavedAnswer> {
  return withFolderLock(join(dir, `${slug}.json`), async () => {
    const current = readInvestigation(dir, slug);
    const revision = current?.revision ?? "none";
    if (revision !== request.baseRevision) {
      const what =
        current === undefined
          ? `was deleted since revision ${request.baseRevision}`
          : request.baseRevision === "none"
            ? `already exists (at revision ${revision})`
            : `was saved elsewhere since revision ${request.baseRevision} (it is now at ${revision})`;
      throw new InvestigationRefusal(
        `The investigation ${shownAs(slug)} ${what}; nothing was saved.`,
        "conflict",
        { saved: current ?? null, sent: { ...request } },
      );
    }
    const investigation: Investigation = investigationSchema.parse({
      version: INVESTIGATION_VERSION,
      slug,
      savedAt: now.toISOString(),
      name: request.name,
      description: request.description,
      view: request.view,
      notes: request.notes,
      known,
    });
    return { slug, revision: writeInvestigation(dir, investigation), savedAt: investigation.savedAt };
  });
}
