import type { FastifyInstance, FastifyRequest } from "fastify";
import { limitBytes } from "../articles/limits.ts";
import { formatPath } from "./api/validate.ts";

/** Keys that could change an object's prototype: secure JSON parsing refuses them. */
function forbiddenKey(
  value: unknown,
  path: (string | number)[] = [],
): { key: string; path: (string | number)[] } | undefined {
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const at = Array.isArray(value) ? Number(key) : key;
    if (key === "__proto__") return { key, path };
    if (key === "constructor" && inner !== null && typeof inner === "object" && "prototype" in inner)
      return { key: "constructor.prototype", path };
    const found = forbiddenKey(inner, [...path, at]);
    if (found) return found;
  }
  return undefined;
}

/** Why fastify's secure parser refused a body, in one sentence that says where. */
function jsonRefusal(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    return `Request body is not valid JSON${position ? ` (at character ${position})` : ""}.`;
  }
  const found = forbiddenKey(parsed);
  const where = found?.path.length ? `in field "${formatPath(found.path)}"` : "at the top level";
  return `Request body: the key "${found?.key ?? "__proto__"}" is not accepted (${where}).`;
}

class BodyRefusal extends Error {
  readonly statusCode = 400;
}

/**
 * JSON bodies are parsed by fastify's own secure parser (prototype keys
 * refused); its refusals say only "not valid JSON", also of valid JSON that
 * holds `__proto__`, so a refused body is read again here to say which.
 */
export function explainedJsonParser(app: FastifyInstance): void {
  const secure = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = String(body);
    if (text.trim() === "") {
      done(new BodyRefusal("Request body is empty; send a JSON object."), undefined);
      return;
    }
    secure(request, text, (error, value) => {
      if (error) done(new BodyRefusal(jsonRefusal(text)), undefined);
      else done(null, value);
    });
  });
}

/** Fastify's 413, with the limit of the route that refused. */
export function tooLargeMessage(request: FastifyRequest): string {
  return `Request body is larger than the ${limitBytes(request.routeOptions.bodyLimit)} that ${request.method} ${request.routeOptions.url ?? "this route"} accepts.`;
}
