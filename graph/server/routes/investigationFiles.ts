import type { FastifyInstance, FastifyReply } from "fastify";
import { INVESTIGATION_EXPORT_LIMITS } from "../../contract/investigationExport.ts";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { briefOf } from "../../investigations/brief/briefData.ts";
import { briefHtml } from "../../investigations/brief/briefHtml.ts";
import { exportInvestigation } from "../../investigations/exportFile.ts";
import { investigationsDir } from "../../investigations/files.ts";
import { importInvestigation } from "../../investigations/importFile.ts";
import { type ArticleWrites, writeGate } from "../articleWrites.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";

/** Answers as a file to save: the browser downloads it under this name. */
function download(reply: FastifyReply, name: string, type: string): void {
  void reply.header("content-disposition", `attachment; filename="${name}"`).type(type);
}

/** An investigation as a file: its export (for another Dossier), the import of one, and its HTML brief. */
export function investigationFileRoutes(
  app: FastifyInstance,
  db: Database,
  writes: ArticleWrites | undefined,
): void {
  const folders = () => {
    if (!writes) throw new HttpError("not_found", "This server has no data folder for investigations.");
    return { articlesDir: writes.dir, investigationsDir: investigationsDir(writes.dir) };
  };

  route(app, ROUTES.exportInvestigation, async ({ params, reply }) => {
    const { articlesDir, investigationsDir: dir } = folders();
    const exported = await exportInvestigation(db, articlesDir, dir, params.slug);
    download(reply, `${params.slug}.investigation.json`, "application/json; charset=utf-8");
    return exported;
  });

  route(app, ROUTES.investigationBrief, async ({ params, reply }) => {
    const { articlesDir, investigationsDir: dir } = folders();
    const html = briefHtml(await briefOf(db, articlesDir, dir, params.slug));
    download(reply, `${params.slug}.brief.html`, "text/html; charset=utf-8");
    return html;
  });

  route(
    app,
    ROUTES.importInvestigation,
    async ({ body }) => {
      const { articlesDir, investigationsDir: dir } = folders();
      return importInvestigation(body, {
        articlesDir,
        investigationsDir: dir,
        load: (dirs) => db.loadArticles(dirs),
      });
    },
    { onRequest: writeGate(writes), bodyLimit: INVESTIGATION_EXPORT_LIMITS.bytes },
  );
}
