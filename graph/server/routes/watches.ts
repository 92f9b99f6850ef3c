import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { addWatch, removeWatch } from "../../watches/add.ts";
import { watchesDir } from "../../watches/files.ts";
import { findAlert, markRead, readInbox } from "../../watches/inbox.ts";
import { rowEntityKeys } from "../../watches/rowEntities.ts";
import type { Node, Relationship } from "neo4j-driver";
import type { GraphNode } from "../../model/graphJson.ts";
import { nodeToJson, relationshipToJson } from "../../neo4j/records.ts";
import { asFacts } from "../api/facts.ts";
import { HttpError } from "../errors.ts";
import { type ArticleWrites, writeGate } from "../articleWrites.ts";
import { route } from "../route.ts";

/** A watch or an alert's state is a few hundred bytes; nothing bigger is read. */
const BODY_LIMIT = 4096;
/** The most entities of a query alert's rows drawn at once. */
const MAX_ROW_ENTITIES = 500;

/** Watches and their alerts (data/watches/ beside data/articles): list, add, remove, read. */
export function watchRoutes(app: FastifyInstance, db: Database, writes: ArticleWrites | undefined): void {
  const dir = () => (writes ? watchesDir(writes.dir) : undefined);
  const gated = { onRequest: writeGate(writes), bodyLimit: BODY_LIMIT };

  route(app, ROUTES.watches, async () => {
    const at = dir();
    if (!at) return { watches: [], unreadable: [] };
    const { watches, unreadable } = readInbox(at);
    return { watches, unreadable };
  });
  route(app, ROUTES.addWatch, async ({ body }) => addWatch(db, dir()!, body), gated);
  route(
    app,
    ROUTES.removeWatch,
    async ({ params }) => {
      removeWatch(dir()!, params.id);
      return { removed: params.id };
    },
    gated,
  );
  route(app, ROUTES.alerts, async () => {
    const at = dir();
    if (!at) return { alerts: [], unread: 0, unreadable: [] };
    const { alerts, unread, unreadable } = readInbox(at);
    return { alerts, unread, unreadable };
  });
  route(app, ROUTES.alertGraph, async ({ params }) => {
    if (!writes) throw new HttpError("not_found", `There is no alert "${params.id}".`);
    const alert = findAlert(watchesDir(writes.dir), params.id);
    const rows = await db.read("watches/alert-graph", {
      relationships: alert.relationships.map((r) => ({ id: r.id, from: r.from.id, to: r.to.id })),
    });
    const nodes = new Map<string, GraphNode>();
    for (const row of rows) {
      for (const end of ["a", "b"]) {
        const node = nodeToJson(row.get(end) as Node);
        nodes.set(node.id, node);
      }
    }
    // A query alert names its rows' entities by their stable ids.
    const ids = rowEntityKeys(alert.rows ?? [], MAX_ROW_ENTITIES);
    if (ids.length > 0) {
      for (const row of await db.read("watches/alert-entities", { ids })) {
        const node = nodeToJson(row.get("e") as Node);
        nodes.set(node.id, node);
      }
    }
    const relationships = rows.map((row) => relationshipToJson(row.get("r") as Relationship));
    const facts = await asFacts(db, relationships, { full: false });
    return { nodes: [...nodes.values()], relationships: facts.relationships };
  });
  route(
    app,
    ROUTES.readAlert,
    async ({ params }) => ({ id: params.id, unread: await markRead(dir()!, params.id) }),
    gated,
  );
}
