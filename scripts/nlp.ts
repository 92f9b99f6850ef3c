import { Command } from "commander";
import { readEnv } from "../graph/config/env.ts";
import { nlpOptionsFromEnv } from "../graph/nlp/endpoint.ts";
import { installCoreNlp, installFrenchModels } from "../graph/nlp/install.ts";
import { nlpReady, nlpStatus, startNlp, stopNlp } from "../graph/nlp/server.ts";
import { UserError, runMain } from "./lib/cli.ts";

function ensureLocal(): void {
  const env = readEnv();
  if (env.NLP_URL) {
    throw new UserError(
      `NLP_URL is set, so Dossier uses the CoreNLP server at ${env.NLP_URL} and manages no local one: unset NLP_URL to use the local one.`,
    );
  }
}

const program = new Command("nlp")
  .description(
    "Manage the local NLP engine (Stanford CoreNLP server on 127.0.0.1) that suggests entities and relations.",
  )
  .showHelpAfterError();

program
  .command("start")
  .description("start CoreNLP in the background (fetching it once, about 480 MB) and wait until it is ready")
  .action(async () => {
    ensureLocal();
    const options = nlpOptionsFromEnv(readEnv());
    await installCoreNlp((line) => console.log(line));
    const status = await startNlp(options);
    console.log(
      status.alreadyRunning
        ? `CoreNLP is already running at ${status.url} (pid ${status.pid}).`
        : `CoreNLP is running at ${status.url} (pid ${status.pid}, heap ${options.heap}).`,
    );
  });

program
  .command("install")
  .argument("[language]", 'also fetch the models of a language besides English ("fr": about 281 MB, once)')
  .description("fetch CoreNLP and its English models from Maven Central, without starting")
  .action(async (language: string | undefined) => {
    if (language !== undefined && language !== "fr" && language !== "en") {
      throw new UserError(
        `There are no CoreNLP models for the language "${language}" here: "fr" (French) is the one to install besides English.`,
      );
    }
    const version = await installCoreNlp((line) => console.log(line));
    if (language === "fr") {
      await installFrenchModels((line) => console.log(line));
      const status = nlpStatus(nlpOptionsFromEnv(readEnv()));
      if (status.running) {
        console.log(
          'The running CoreNLP reads French once restarted ("npm run nlp -- stop", then "npm run nlp -- start").',
        );
      }
    }
    console.log(
      `Stanford CoreNLP ${version} is installed for local use (${language === "fr" ? "English and French" : "English"}).`,
    );
  });

program
  .command("stop")
  .description("stop the local CoreNLP")
  .action(async () => {
    ensureLocal();
    const stopped = await stopNlp(nlpOptionsFromEnv(readEnv()));
    console.log(stopped ? "CoreNLP stopped." : "CoreNLP was not running.");
  });

program
  .command("status")
  .description("say whether the local CoreNLP is running and ready")
  .action(async () => {
    ensureLocal();
    const status = nlpStatus(nlpOptionsFromEnv(readEnv()));
    if (!status.running) {
      console.log("stopped");
      process.exitCode = 3;
      return;
    }
    const ready = await nlpReady(status.url);
    console.log(`${ready ? "running" : "starting"} at ${status.url} (pid ${status.pid})`);
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
