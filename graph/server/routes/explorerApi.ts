import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/database.ts";
import type { DerivedCache } from "../api/derivedCache.ts";
import { articleGraphRoutes } from "./articleGraph.ts";
import { articleRoutes } from "./articles.ts";
import { elementRoutes } from "./elements.ts";
import { expandRoutes } from "./expand.ts";
import { nodeRoutes } from "./nodes.ts";
import { pathRoutes } from "./paths.ts";
import { relationshipRoutes } from "./relationships.ts";
import { schemaRoutes } from "./schema.ts";
import { searchRoutes } from "./search.ts";
import type { NoteIndex } from "../../investigations/noteSearch.ts";
import { startViewRoutes } from "./startView.ts";
import { timelineRoutes } from "./timeline.ts";

/** The explorer's read-only API (shapes in graph/contract/explorer.ts). */
export function explorerApiRoutes(
  app: FastifyInstance,
  db: Database,
  cache: DerivedCache,
  notes?: NoteIndex,
): void {
  schemaRoutes(app, db, cache);
  searchRoutes(app, db, notes);
  nodeRoutes(app, db);
  expandRoutes(app, db);
  elementRoutes(app, db);
  relationshipRoutes(app, db);
  pathRoutes(app, db);
  articleRoutes(app, db);
  articleGraphRoutes(app, db);
  startViewRoutes(app, db);
  timelineRoutes(app, db, cache);
}
