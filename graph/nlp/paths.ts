import { join } from "node:path";
import { projectRoot } from "../neo4j/local/paths.ts";

/** Where the local CoreNLP lives: its jars, the compiled loopback provider, pid and log. */
export const nlpSourceDir = join(projectRoot, "scripts", "nlp");
export const nlpRoot = join(projectRoot, ".dossier", "corenlp");
export const nlpLibDir = join(nlpRoot, "lib");
export const nlpClassesDir = join(nlpRoot, "classes");
export const nlpPidFile = join(nlpRoot, "server.pid");
export const nlpLogFile = join(nlpRoot, "server.log");
