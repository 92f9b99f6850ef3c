import { MessageChannel, type MessagePort } from "node:worker_threads";
import { Piscina } from "piscina";
import type { Draft } from "../../model/draft.ts";
import type { GraphReader, SuggestContext } from "../suggestRun.ts";
import type { ReadAnswer, ReadAsk, SuggestAnswer, SuggestTask } from "./protocol.ts";

/** Suggestions at once; more wait their turn (the machine this runs on may have two cores). */
const MAX_THREADS = 2;

let pool: Piscina | undefined;

function suggestPool(): Piscina {
  pool ??= new Piscina({
    filename: new URL("./entry.mjs", import.meta.url).href,
    minThreads: 0,
    maxThreads: MAX_THREADS,
    // Idle threads end; piscina unrefs them meanwhile, so they never hold a process open.
    idleTimeout: 30_000,
    // The entry registers its own TypeScript loader; the parent's flags (a test runner's) are not its own.
    execArgv: [],
  });
  return pool;
}

/** Answers the worker's graph reads on this thread, which owns the driver. */
function serveReads(port: MessagePort, db: GraphReader): void {
  port.on("message", (ask: ReadAsk) => {
    db.read(ask.name, ask.params).then(
      (records) =>
        port.postMessage({
          id: ask.id,
          ok: true,
          rows: records.map((r) => ({ keys: r.keys.map(String), fields: r.keys.map((k) => r.get(k)) })),
        } satisfies ReadAnswer),
      (error: unknown) =>
        port.postMessage({
          id: ask.id,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        } satisfies ReadAnswer),
    );
  });
}

/** The error a worker reported, as an Error of the same name and message. */
class SuggestWorkerError extends Error {}

/**
 * suggestDraft (graph/suggest/suggestRun.ts) on a worker thread, so that the server
 * keeps answering while a long article is read: the same draft, the same
 * lines through `log`. Graph reads go back to this thread's database.
 */
export async function suggestOffThread(text: string, context: SuggestContext = {}): Promise<Draft> {
  const channel = context.db ? new MessageChannel() : undefined;
  if (channel && context.db) serveReads(channel.port1, context.db);
  const task: SuggestTask = {
    text,
    nlpUrl: context.nlpUrl ?? null,
    referenceDate: context.referenceDate,
    language: context.language,
    sameAs: context.sameAs ? { ...context.sameAs } : undefined,
    graph: channel?.port2,
  };
  try {
    const answer = (await suggestPool().run(task, {
      transferList: channel ? [channel.port2] : [],
    })) as SuggestAnswer;
    if (!answer.ok) {
      const error = new SuggestWorkerError(answer.message);
      error.name = answer.name;
      throw error;
    }
    for (const line of answer.lines) context.log?.(line);
    return answer.draft;
  } finally {
    channel?.port1.close();
  }
}

/** Ends the worker threads (a server's close, a test's end). */
export async function closeSuggestWorkers(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
