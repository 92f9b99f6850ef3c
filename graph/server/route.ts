import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import type { z } from "zod";
import type { RouteSpec } from "../contract/routes.ts";
import { parseInput } from "./api/validate.ts";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<S extends RouteSpec> {
  params: Parsed<S["params"]>;
  query: Parsed<S["query"]>;
  body: Parsed<S["body"]>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<S extends RouteSpec> = (input: RouteInput<S>) => Promise<z.infer<S["response"]>>;

/**
 * Registers the handler of one route of the contract: its path params, query
 * string and body are parsed with the route's schemas first (a failure is a
 * 400 naming the field), and the handler must answer the route's response type.
 */
export function route<S extends RouteSpec>(
  app: FastifyInstance,
  spec: S,
  handler: Handler<S>,
  /** Checks before the body is read, and a body limit of the route's own. */
  options: Pick<RouteOptions, "onRequest" | "bodyLimit"> = {},
): void {
  app.route({
    ...options,
    method: spec.method,
    url: spec.path,
    handler: async (request, reply) => {
      const input = {
        params: spec.params ? parseInput(spec.params, request.params, "Path") : undefined,
        query: spec.query ? parseInput(spec.query, request.query, "Query string") : undefined,
        body: spec.body ? parseInput(spec.body, request.body, "Request body") : undefined,
        request,
        reply,
      } as RouteInput<S>;
      return handler(input);
    },
  });
}
