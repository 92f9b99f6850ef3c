import type { Env } from "../../graph/config/env.ts";
import { type NlpEngine, backgroundEngine, fixedEngine } from "../../graph/nlp/engine.ts";
import { nlpOptionsFromEnv, resolveNlp } from "../../graph/nlp/endpoint.ts";
import { installCoreNlp } from "../../graph/nlp/install.ts";
import { nlpReady, nlpStatus, startNlp, stopNlp } from "../../graph/nlp/server.ts";

/**
 * npm start brings up CoreNLP for the suggestions in the background: fetching
 * it the first time (about 480 MB) and its start (about 20 s) never delay the
 * app. An add or "Suggest again" that arrives meanwhile waits for it (see
 * NlpEngine), and the app shows that it is starting. Returns the engine and
 * the cleanup that stops CoreNLP when this command started it.
 */
export function startNlpInBackground(
  env: Env,
  log: (line: string) => void,
): { engine: NlpEngine; stop: () => Promise<void> } {
  const current = (say: (line: string) => void) => resolveNlp(env, { start: false, log: say });
  if (env.NLP_ENGINE === "off") {
    log("CoreNLP is off (NLP_ENGINE=off): suggestions use the graph's names and the rules.");
    return { engine: fixedEngine("off", current), stop: async () => {} };
  }
  if (env.NLP_URL) {
    const url = env.NLP_URL;
    const answering = nlpReady(url, 3000).then((ready) => {
      log(ready ? `Suggestions use CoreNLP at ${url}.` : `CoreNLP at NLP_URL=${url} does not answer yet.`);
      return ready;
    });
    return { engine: backgroundEngine(answering, current), stop: async () => {} };
  }
  // The CoreNLP this command starts is stopped on exit; its pid file names this process.
  const options = { ...nlpOptionsFromEnv(env), owner: process.pid };
  const status = nlpStatus(options);
  if (status.running && !status.orphaned) {
    log(
      `Suggestions use the CoreNLP already running at ${status.url} (started by "npm run nlp -- start", an add or another npm start): it keeps running after this one stops.`,
    );
    return { engine: fixedEngine("ready", current), stop: async () => {} };
  }
  let started = false;
  log(
    status.orphaned
      ? `Stopping the CoreNLP left running at ${status.url} by an earlier npm start that was killed (pid ${status.pid}), and starting a fresh one in the background that stops with this one...`
      : "Starting CoreNLP for suggestions in the background...",
  );
  const starting = (async () => {
    await installCoreNlp(log);
    const result = await startNlp(options);
    started = !result.alreadyRunning;
    log(`CoreNLP is ready at ${result.url}: suggestions use it.`);
    return true;
  })().catch((error: unknown) => {
    log(
      `CoreNLP could not be started (${(error as Error).message.split("\n")[0]}): suggestions use the graph's names and the rules.`,
    );
    return false;
  });
  return {
    engine: backgroundEngine(starting, current),
    stop: async () => {
      await starting;
      if (started && (await stopNlp(options))) log("CoreNLP stopped.");
    },
  };
}
