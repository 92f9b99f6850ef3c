import type { RouteSpec } from "./routes.ts";
import { exampleGraph } from "./examples.ts";
import { graphJsonSchema } from "./graph.ts";
import * as watches from "./watches.ts";

const exampleWatch = {
  version: watches.WATCH_VERSION,
  id: "entity-rosatom",
  label: "Rosatom",
  created: "2026-05-21T09:30:00.000Z",
  target: { kind: "entity", entity: "rosatom" },
} as const;

const exampleAlert = {
  id: "entity-rosatom.1",
  watch: "entity-rosatom",
  created: "2026-05-22T08:00:00.000Z",
  read: false,
  articles: ["2025-06-23-goita-moscow"],
  summary: "1 new relationship of Rosatom",
  relationships: [
    {
      id: "2025-06-23-goita-moscow/r7",
      type: "SIGNED",
      from: { id: "rosatom", name: "Rosatom" },
      to: { id: "nuclear-agreement", name: "nuclear cooperation agreement" },
      quotes: ["Rosatom signed an agreement with Mali's government."],
      article: { slug: "2025-06-23-goita-moscow", title: "Goïta in Moscow" },
    },
  ],
};

const ALWAYS_ERRORS = [403, 503] as const;

const WRITES =
  "Off (403 writes_off) on a server listening beyond loopback unless DOSSIER_REMOTE_WRITES=true; send JSON (an empty body is `{}`).";

/** The watch routes of the API (graph/contract/routes.ts spreads them into ROUTES). */
export const WATCH_ROUTES = {
  watches: {
    method: "GET",
    path: "/api/watches",
    tag: "investigations",
    summary: "The watches of data/watches/, each with its unread alerts",
    description: "A watch file that does not pass the contract is left out and named in `unreadable`.",
    response: watches.watchListSchema,
    example: { watches: [{ ...exampleWatch, unread: 1 }], unreadable: [] },
    errors: [403],
  },
  addWatch: {
    method: "POST",
    path: "/api/watches",
    tag: "investigations",
    summary: "Watch an entity, a pair of entities (a new path of at most 4 hops) or a saved query",
    description: `Written to data/watches/<id>.json. From then on every publish and load checks it against what it added. ${WRITES}`,
    body: watches.addWatchRequestSchema,
    response: watches.watchSchema,
    example: exampleWatch,
    errors: [400, 403, 404, 409, 415, 503, 504, 507],
  },
  removeWatch: {
    method: "DELETE",
    path: "/api/watches/:id",
    tag: "investigations",
    summary: "Stop watching: removes the watch and its alerts",
    description: WRITES,
    params: watches.watchIdParamsSchema,
    body: watches.emptyBodySchema,
    response: watches.removeWatchResponseSchema,
    example: { removed: "entity-rosatom" },
    errors: [400, 403, 404, 415, 507],
  },
  alerts: {
    method: "GET",
    path: "/api/alerts",
    tag: "investigations",
    summary: "Every watch's alerts, newest first, with the new relationships and their quotes",
    response: watches.alertListSchema,
    example: { alerts: [{ ...exampleAlert, label: "Rosatom" }], unread: 1, unreadable: [] },
    errors: [403],
  },
  alertGraph: {
    method: "GET",
    path: "/api/alerts/:id/graph",
    tag: "investigations",
    summary:
      "The relationships an alert reports, with their ends, and the entities a query alert's rows hold, as the explorer draws them",
    description:
      "Found again by their stable ids; a relationship or entity removed since (its article reloaded without it) is left out.",
    params: watches.alertIdParamsSchema,
    response: graphJsonSchema,
    example: exampleGraph,
    errors: [400, 403, 404, ...ALWAYS_ERRORS, 504],
  },
  readAlert: {
    method: "POST",
    path: "/api/alerts/:id/read",
    tag: "investigations",
    summary: "Mark an alert read",
    description: WRITES,
    params: watches.alertIdParamsSchema,
    body: watches.emptyBodySchema,
    response: watches.markReadResponseSchema,
    example: { id: "entity-rosatom.1", unread: 0 },
    errors: [400, 403, 404, 415, 507],
  },
} as const satisfies Record<string, RouteSpec>;
