import { type Server, createServer } from "node:http";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** Short news texts written for these tests. */
export const HARBOUR_TEXT =
  "Harbour deal signed in Port Elsa\n\n" +
  "The town council of Port Elsa signed an agreement with Northwind Shipping on Tuesday, 5 March 2024, " +
  "after eight months of talks.\n\n" +
  "Mayor Ilse Varga said the deal would bring 200 jobs to the harbour.\n";

export const HARBOUR_HTML = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour deal signed in Port Elsa | Coast Weekly</title>
<meta property="og:site_name" content="Coast Weekly">
<meta property="og:title" content="Harbour deal signed in Port Elsa">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour deal signed in Port Elsa</h1>
<p>The town council of Port Elsa signed an agreement with Northwind Shipping on Tuesday, after eight months of talks that nearly failed twice.</p>
<p>Mayor Ilse Varga said the deal would bring <a href="/jobs">200 jobs</a> to the harbour, and that the first ships would dock in the autumn.</p>
<p>Northwind, a shipping company based in Lund, will invest 12 million euros in new cranes &amp; a cold store.</p>
</article>
<footer>© Coast Weekly</footer>
<script>window.tracker = 1;</script>
</body>
</html>
`;

/** What the HTML page's main text becomes: paragraphs separated by blank lines, links as words. */
export const HARBOUR_HTML_TEXT =
  "The town council of Port Elsa signed an agreement with Northwind Shipping on Tuesday, after eight months of talks that nearly failed twice.\n\n" +
  "Mayor Ilse Varga said the deal would bring 200 jobs to the harbour, and that the first ships would dock in the autumn.\n\n" +
  "Northwind, a shipping company based in Lund, will invest 12 million euros in new cranes & a cold store.";

export const FERRY_MARKDOWN =
  "# Ferry line to Lund reopens\n\n" +
  "The **ferry line** between Port Elsa and Lund reopened on Friday, run by [Northwind Shipping](https://example.org/nw).\n\n" +
  "- two crossings a day\n- a new cold store on the pier\n";

export const FERRY_TEXT =
  "Ferry line to Lund reopens\n\n" +
  "The ferry line between Port Elsa and Lund reopened on Friday, run by Northwind Shipping.\n\n" +
  "- two crossings a day\n- a new cold store on the pier";

/** A page whose text is drawn by a script: nothing readable in the HTML itself. */
export const EMPTY_PAGE = `<!doctype html><html><head><title>Loading</title><style>#root { min-height: 100vh; }</style></head><body><div id="root"></div><noscript></noscript><script>document.getElementById("root").textContent = "Harbour news";</script></body></html>`;

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
}

/** Every file and folder under `root` (hidden ones too), relative, sorted: equal lists mean nothing changed. */
export function listTree(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
}

export interface PageServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * A web server on 127.0.0.1 for pages to add: each path answers its body with
 * its content type; `/slow` never answers; anything else is 404.
 */
export function servePages(
  pages: Record<string, { type: string; body: string | Buffer }>,
): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/slow") return; // keeps the request open, unanswered
    const page = pages[path];
    if (!page) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not here");
      return;
    }
    response.writeHead(200, { "content-type": page.type }).end(page.body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The files an added article's folder holds, sorted, with the input kept as it came in (original.txt, original.html, ...). */
export function addedFolderFiles(original: string): string[] {
  return ["article.txt", "draft.json", "meta.json", original, "provenance.json"].sort();
}
