import type { FastifyInstance } from "fastify";
import { INVESTIGATION_LIMITS } from "../../contract/investigations.ts";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import {
  investigationsDir,
  listInvestigations,
  readInvestigation,
  shownAs,
} from "../../investigations/files.ts";
import { keyText } from "../../investigations/keys.ts";
import { graphAround, openInvestigation } from "../../investigations/resolve.ts";
import { saveInvestigation } from "../../investigations/save.ts";
import { readDecisions } from "../../resolve/decisionsFile.ts";
import { type ArticleWrites, writeGate } from "../articleWrites.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";
import { asFacts } from "../api/facts.ts";
import type { OpenedInvestigation } from "../../contract/investigations.ts";
import type { GraphRelationship } from "../../model/graphJson.ts";

/**
 * An opened investigation as the explorer draws it: each saved relationship
 * as the edge of its fact (graph/server/api/facts.ts), and as new only the
 * facts it does not draw yet (a new article stating a drawn fact adds to its
 * counts instead).
 */
async function drawnAsFacts(db: Database, opened: OpenedInvestigation): Promise<OpenedInvestigation> {
  const saved = Object.entries(opened.relationships);
  const facts = await asFacts(db, [...saved.map(([, r]) => r), ...opened.newRelationships], {
    full: false,
  });
  const edges = new Map(facts.relationships.map((f) => [f.id, f]));
  const edge = (r: GraphRelationship) => edges.get(facts.edgeOf(r.id)) ?? r;
  const relationships = Object.fromEntries(saved.map(([id, r]) => [id, edge(r)]));
  const drawn = new Set(Object.values(relationships).map((r) => r.id));
  const newRelationships = [...new Map(opened.newRelationships.map((r) => [edge(r).id, edge(r)])).values()];
  return {
    ...opened,
    relationships,
    newRelationships: newRelationships.filter((r) => !drawn.has(r.id)),
  };
}

/** Saved investigations: list, open (resolved against today's graph), save. Files beside data/articles. */
export function investigationRoutes(
  app: FastifyInstance,
  db: Database,
  writes: ArticleWrites | undefined,
): void {
  const dir = () => {
    if (!writes) throw new HttpError("not_found", "This server has no data folder for investigations.");
    return investigationsDir(writes.dir);
  };

  route(app, ROUTES.investigations, async () => {
    if (!writes) return { investigations: [], unreadable: [] };
    const { found, unreadable } = listInvestigations(dir());
    return {
      investigations: found.map((i) => ({
        slug: i.slug,
        name: i.name,
        description: i.description,
        savedAt: i.savedAt,
        nodes: i.view.nodes.length,
        notes: i.notes.length,
      })),
      unreadable,
    };
  });

  route(app, ROUTES.investigation, async ({ params }) => {
    const stored = readInvestigation(dir(), params.slug);
    if (!stored) throw new HttpError("not_found", `There is no investigation ${shownAs(params.slug)}.`);
    const merged = new Map(readDecisions(writes!.dir).same.map((d) => [d.drop, d.keepName]));
    return drawnAsFacts(db, await openInvestigation(db, stored, merged));
  });

  route(
    app,
    ROUTES.saveInvestigation,
    async ({ params, body }) => {
      const around = await graphAround(db, body.view);
      // Every relationship among its nodes now, drawn or not: what opening it later finds beyond these is new.
      const seen = new Set<string>();
      const known = around.relationships
        .map(around.keyOf)
        .filter((k) => !seen.has(keyText(k)) && seen.add(keyText(k)));
      return saveInvestigation(dir(), params.slug, body, known);
    },
    { onRequest: writeGate(writes), bodyLimit: INVESTIGATION_LIMITS.bytes },
  );
}
