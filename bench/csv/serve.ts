import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, join } from "node:path";

/**
 * Serves the CSV files of a folder over http on 127.0.0.1, for LOAD CSV: the
 * local Neo4j refuses file URLs, and the bench leaves that setting alone.
 */
export async function serveCsv(
  dir: string,
): Promise<{ url: (file: string) => string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const name = basename(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const path = join(dir, name);
    if (!name.endsWith(".csv") || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (file) => `http://127.0.0.1:${port}/${file}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
