import { Validator } from "@seriousme/openapi-schema-validator";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../graph/contract/errorCodes.ts";
import { openApiPath } from "../../graph/contract/openapi.ts";
import { ROUTES, type RouteSpec } from "../../graph/contract/routes.ts";
import { buildServer } from "../../graph/server/app.ts";
import { registeredRoutes } from "../../graph/server/routeList.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";

interface Operation {
  parameters?: { name: string; in: string; example?: unknown; schema?: { example?: unknown } }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
}
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

let app: FastifyInstance;
let doc: Doc;

beforeAll(async () => {
  app = await buildServer({ db: new MemoryDatabase() });
  const answer = await app.inject({
    method: "GET",
    url: "/api/openapi.json",
    headers: { host: "127.0.0.1" },
  });
  expect(answer.statusCode).toBe(200);
  doc = answer.json<Doc>();
});
afterAll(() => app.close());

function operations(): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]),
  );
}

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every registered route, and every documented route is registered", () => {
    const registered = registeredRoutes(app).map((r) => {
      const [method, path] = r.split(" ");
      return `${method} ${openApiPath(path ?? "")}`;
    });
    const documented = operations().map(([key]) => key);
    expect(registered.length).toBeGreaterThan(10);
    expect(documented.sort()).toEqual(registered.sort());
  });

  it("gives every answer and error an example, and every parameter one too", () => {
    for (const [key, op] of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        const [content] = Object.values(response.content ?? {});
        expect(content?.example, `${key} ${status}`).toBeDefined();
      }
      for (const p of op.parameters ?? []) {
        expect(p.example ?? p.schema?.example, `${key} parameter ${p.name}`).toBeDefined();
      }
    }
  });

  it("has examples that the route's own schemas accept", () => {
    for (const [name, spec] of Object.entries(ROUTES) as [string, RouteSpec][]) {
      const parsed = spec.response.safeParse(spec.example);
      expect(parsed.error?.issues ?? [], name).toEqual([]);
    }
  });

  it("lists the error answers each route can give, with the one error shape", () => {
    const search = doc.paths["/api/search"]?.get;
    expect(Object.keys(search?.responses ?? {}).sort()).toEqual(["200", "400", "403", "503", "504"]);
    expect(
      doc.paths["/api/nodes/{id}"]?.get?.responses["404"]?.content?.["application/json"]?.example,
    ).toEqual({
      error: { code: "not_found", message: 'No node has the id "4:c0ffee00-0000-4000-8000-000000000000:9".' },
    });
    expect(doc.paths["/api/expand"]?.post?.requestBody?.content["application/json"].schema).toBeDefined();
  });

  it("lists every error code the API answers with", () => {
    const error = doc.components.schemas["Error"] as {
      properties: { error: { properties: { code: { enum: string[] } } } };
    };
    expect(error.properties.error.properties.code.enum).toEqual([...ERROR_CODES]);
  });
});
