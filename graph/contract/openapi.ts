import { type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, createDocument } from "zod-openapi";
import { ERRORS, errorBodySchema } from "./errorCodes.ts";
import { ROUTES, type RouteSpec } from "./routes.ts";

/** `/api/nodes/:id` as OpenAPI writes it: `/api/nodes/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}

function operation(name: string, spec: RouteSpec): ZodOpenApiOperationObject {
  const errors = Object.fromEntries(
    spec.errors.map((status) => [
      String(status),
      {
        description: ERRORS[status].description,
        content: { "application/json": { schema: errorBodySchema, example: ERRORS[status].example } },
      },
    ]),
  );
  return {
    operationId: name,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.params || spec.query
      ? {
          requestParams: {
            ...(spec.params ? { path: spec.params } : {}),
            ...(spec.query ? { query: spec.query } : {}),
          },
        }
      : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { "application/json": { schema: spec.body } } } }
      : {}),
    responses: {
      "200": {
        description: spec.summary,
        content: {
          [spec.contentType ?? "application/json"]: { schema: spec.response, example: spec.example },
        },
      },
      ...errors,
    },
  };
}

/** The OpenAPI 3.1 document of every route in graph/contract/routes.ts. */
export function openApiDocument(): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const [name, spec] of Object.entries(ROUTES) as [string, RouteSpec][]) {
    const path = (paths[openApiPath(spec.path)] ??= {});
    path[spec.method.toLowerCase() as "get" | "put" | "post" | "delete"] = operation(name, spec);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Dossier API",
      version: "0.1.0",
      description:
        'The JSON API of a Dossier server: explore the knowledge graph, read articles and their evidence, run Cypher. Same-origin only: requests must address the server by a name it serves (127.0.0.1, localhost) and carry no foreign Origin. Errors are always {"error": {"code", "message"}}.',
    },
    tags: [
      { name: "explorer", description: "The explorer's read-only API" },
      { name: "workbench", description: "The Cypher workbench" },
      { name: "articles", description: "Adding articles" },
      { name: "investigations", description: "Saved investigations and their notes" },
      { name: "server", description: "Health and this description" },
    ],
    paths,
  });
}
