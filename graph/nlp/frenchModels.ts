import type { Env } from "../config/env.ts";
import { readPidRecord } from "../process/pidFile.ts";
import { nlpOptionsFromEnv } from "./endpoint.ts";
import { frenchModelsInstalled, installFrenchModels } from "./install.ts";
import { pipelineLanguage } from "./languages.ts";
import { nlpPidFile } from "./paths.ts";
import { nlpStatus, startNlp, stopNlp } from "./server.ts";

let fetching: Promise<void> | undefined;

/** Fetches the French models, then restarts the local CoreNLP (if one runs) so that its classpath holds them. */
async function fetchAndRestart(env: Env, log: (line: string) => void): Promise<void> {
  try {
    await installFrenchModels(log);
  } catch (error) {
    log(`The French models could not be fetched: ${(error as Error).message}`);
    return;
  }
  const options = nlpOptionsFromEnv(env);
  if (!nlpStatus(options).running) return;
  const owner = readPidRecord(nlpPidFile)?.owner;
  log(
    "Restarting CoreNLP so that it reads French too (about a minute; meanwhile drafts come from the rules)...",
  );
  try {
    await stopNlp(options);
    await startNlp({ ...options, ...(owner ? { owner } : {}) });
    log("CoreNLP reads French now.");
  } catch (error) {
    log(`CoreNLP could not be restarted: ${(error as Error).message.split("\n")[0]}`);
  }
}

/**
 * For an article in French while the local CoreNLP has no French models:
 * starts fetching them in the background (once; the local server is then
 * restarted to read them) and returns the sentence the add says, the draft
 * then coming from the rules. Undefined when nothing is missing, or when the
 * server is not the local one (NLP_URL: its models are its own).
 */
export function missingModels(
  env: Env,
  language: string | undefined,
  log: (line: string) => void,
): string | undefined {
  if (pipelineLanguage(language) !== "fr" || env.NLP_ENGINE === "off" || env.NLP_URL) return undefined;
  if (frenchModelsInstalled()) return undefined;
  fetching ??= fetchAndRestart(env, log).finally(() => {
    fetching = undefined;
  });
  return 'The French models of CoreNLP are not installed yet: they are being fetched now (about 281 MB, once; "npm run nlp -- install fr" fetches them ahead), so this draft comes from the graph\'s names and the rules; "Suggest again" once they are in.';
}
