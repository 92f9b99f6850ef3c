import type { FastifyInstance } from "fastify";

const registered = new WeakMap<FastifyInstance, Set<string>>();

/** From now on, notes every API route the app registers (for the check against the OpenAPI document). */
export function recordRoutes(app: FastifyInstance): void {
  const routes = new Set<string>();
  registered.set(app, routes);
  app.addHook("onRoute", (options) => {
    const methods = Array.isArray(options.method) ? options.method : [options.method];
    for (const method of methods) {
      // Fastify adds HEAD for every GET by itself.
      if (method !== "HEAD" && options.url.startsWith("/api/")) routes.add(`${method} ${options.url}`);
    }
  });
}

/** Every API route registered on the app, as "GET /api/nodes/:id". */
export function registeredRoutes(app: FastifyInstance): string[] {
  return [...(registered.get(app) ?? [])].sort();
}
