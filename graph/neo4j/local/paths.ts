import { join } from "node:path";
import { projectRoot } from "../../config/projectRoot.ts";

export { projectRoot };

/** Where the local Neo4j lives: jars, compiled launcher, default data folder. */
export const launcherSourceDir = join(projectRoot, "scripts", "neo4j");
export const localRoot = join(projectRoot, ".dossier", "neo4j");
export const libDir = join(localRoot, "lib");
export const classesDir = join(localRoot, "classes");
export const defaultDataDir = join(localRoot, "data");
/** The workbench's own instance: a copy of the graph that only workbench queries reach. */
export const defaultWorkbenchDataDir = join(localRoot, "workbench");

/** Files the project keeps inside a Neo4j data folder, beside Neo4j's own. */
export function instanceFiles(dataDir: string) {
  const own = join(dataDir, "dossier");
  return {
    dir: own,
    password: join(own, "password"),
    pid: join(own, "neo4j.pid"),
    settings: join(own, "neo4j.conf"),
    log: join(own, "neo4j.log"),
    importDir: join(own, "import-empty"),
  };
}
