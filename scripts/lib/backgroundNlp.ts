import type { Env } from "../../graph/config/env.ts";
import { nlpOptionsFromEnv } from "../../graph/nlp/endpoint.ts";
import { installCoreNlp } from "../../graph/nlp/install.ts";
import { nlpReady, nlpStatus, startNlp, stopNlp } from "../../graph/nlp/server.ts";

/**
 * npm start brings up CoreNLP for the suggestions in the background, once the
 * app is served: fetching it the first time (about 480 MB) and its start
 * (about 20 s) never delay the app, whose suggestions use the graph's names
 * and the rules until CoreNLP is ready. Returns the cleanup that stops it
 * when this command started it.
 */
export function startNlpInBackground(env: Env, log: (line: string) => void): () => Promise<void> {
  if (env.NLP_ENGINE === "off") {
    log("CoreNLP is off (NLP_ENGINE=off): suggestions use the graph's names and the rules.");
    return async () => {};
  }
  if (env.NLP_URL) {
    void nlpReady(env.NLP_URL, 3000).then((ready) =>
      log(ready ? `Suggestions use CoreNLP at ${env.NLP_URL}.` : `CoreNLP at NLP_URL=${env.NLP_URL} does not answer yet.`),
    );
    return async () => {};
  }
  const options = nlpOptionsFromEnv(env);
  const status = nlpStatus(options);
  if (status.running) {
    log(`Suggestions use the CoreNLP already running at ${status.url}.`);
    return async () => {};
  }
  let started = false;
  log("Starting CoreNLP for suggestions in the background...");
  const starting = (async () => {
    await installCoreNlp(log);
    const result = await startNlp(options);
    started = !result.alreadyRunning;
    log(`CoreNLP is ready at ${result.url}: suggestions use it.`);
  })().catch((error: unknown) =>
    log(`CoreNLP could not be started (${(error as Error).message.split("\n")[0]}): suggestions use the graph's names and the rules.`),
  );
  return async () => {
    await starting;
    if (started && (await stopNlp(options))) log("CoreNLP stopped.");
  };
}
