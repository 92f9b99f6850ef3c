import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { frenchModelsInstalled, installCoreNlp } from "../../graph/nlp/install.ts";
import { defaultHeap } from "../../graph/nlp/languages.ts";
import { nlpStatus, nlpUrlFor, startNlp, stopNlp } from "../../graph/nlp/server.ts";
import { waitForFreePort } from "../../graph/process/port.ts";
import { freePort } from "../../tests/support/freePort.ts";

export interface NlpForFaults {
  url: string;
  pid(): number | undefined;
  /** Starts it again after a kill (about 20 s). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A CoreNLP server of the run's own (its own port and pid file), for the server to use through NLP_URL. */
export async function nlpForFaults(log: (line: string) => void): Promise<NlpForFaults> {
  await installCoreNlp(log);
  const dir = mkdtempSync(join(tmpdir(), "dossier-faults-nlp-"));
  const options = {
    port: await freePort(),
    heap: defaultHeap(frenchModelsInstalled()),
    pidFile: join(dir, "pid"),
    logFile: join(dir, "log"),
  };
  await startNlp(options, { timeoutMs: 300_000 });
  return {
    url: nlpUrlFor(options.port),
    pid: () => nlpStatus(options).pid,
    async restart() {
      await waitForFreePort(options.port, 60_000);
      await startNlp(options, { timeoutMs: 300_000 });
    },
    async close() {
      await stopNlp(options);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
