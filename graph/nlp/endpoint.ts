import type { Env } from "../config/env.ts";
import { UserFacingError } from "../config/userError.ts";
import { coreNlpInstalled, frenchModelsInstalled, installCoreNlp } from "./install.ts";
import { defaultHeap } from "./languages.ts";
import { type NlpServerOptions, nlpReady, nlpStatus, nlpUrlFor, startNlp } from "./server.ts";

export function nlpOptionsFromEnv(env: Env): NlpServerOptions {
  return { port: env.NLP_PORT, heap: env.NLP_HEAP ?? defaultHeap(frenchModelsInstalled()) };
}

/**
 * The CoreNLP server to send texts to: NLP_URL when set, else the local one
 * (started here when `start` is true, fetching its jars on first use). Null
 * when CoreNLP is off or cannot be had; the reason goes to `log` in one line,
 * and the caller falls back to the graph's names and the rules.
 */
export async function resolveNlp(
  env: Env,
  { start, log }: { start: boolean; log: (line: string) => void },
): Promise<string | null> {
  if (env.NLP_ENGINE === "off") return null;
  if (env.NLP_URL) {
    if (await nlpReady(env.NLP_URL, 3000)) return env.NLP_URL;
    log(
      `CoreNLP at NLP_URL=${env.NLP_URL} does not answer: suggestions come from the graph's names and the rules alone.`,
    );
    return null;
  }
  const options = nlpOptionsFromEnv(env);
  const url = nlpUrlFor(options.port);
  if (nlpStatus(options).running && (await nlpReady(url, 3000))) return url;
  if (!start) {
    log(
      'CoreNLP is not running ("npm run nlp -- start" starts it): suggestions come from the graph\'s names and the rules alone.',
    );
    return null;
  }
  try {
    if (!coreNlpInstalled()) await installCoreNlp(log);
    log(
      `Starting CoreNLP on 127.0.0.1:${options.port} (about 20 s; it keeps running, "npm run nlp -- stop" stops it)...`,
    );
    return (await startNlp(options)).url;
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    log(
      `CoreNLP could not be started (${error.message.replace(/\.$/, "")}): suggestions come from the graph's names and the rules alone.`,
    );
    return null;
  }
}
