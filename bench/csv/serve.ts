import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".csv": "text/csv; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
};

/**
 * Serves the files of a folder over http on 127.0.0.1: CSV files for LOAD CSV
 * (the local Neo4j refuses file URLs, and the bench leaves that setting alone)
 * and the renderer pages for the browser.
 */
export async function serveDir(
  dir: string,
  apiTarget?: string,
): Promise<{ url: (file: string) => string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    // /api/ goes to the app server, so the bench pages call the real API from their own origin.
    if (apiTarget && req.url?.startsWith("/api/")) {
      const target = new URL(req.url, apiTarget);
      const headers = {
        "content-type": req.headers["content-type"] ?? "application/json",
        host: target.host,
      };
      const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const name = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const path = join(dir, name);
    const type = TYPES[extname(path)];
    if (!type || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": type });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (file) => `http://127.0.0.1:${port}/${file}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
