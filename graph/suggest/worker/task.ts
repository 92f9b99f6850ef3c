import type { MessagePort } from "node:worker_threads";
import { Record as Neo4jRecord } from "neo4j-driver";
import { type GraphReader, suggestDraft } from "../suggestRun.ts";
import type { ReadAnswer, ReadAsk, SuggestAnswer, SuggestTask } from "./protocol.ts";

/** The graph as the worker sees it: each read is sent to the main thread, which owns the driver. */
function remoteGraph(port: MessagePort): GraphReader {
  let last = 0;
  const waiting = new Map<number, (answer: ReadAnswer) => void>();
  port.on("message", (answer: ReadAnswer) => {
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  return {
    read(name, params) {
      const id = ++last;
      return new Promise((resolve, reject) => {
        waiting.set(id, (answer) => {
          if (answer.ok) resolve(answer.rows.map((r) => new Neo4jRecord(r.keys, r.fields)));
          else reject(new Error(answer.message));
        });
        port.postMessage({ id, name, params } satisfies ReadAsk);
      });
    },
  };
}

/**
 * One task of a suggestion worker (graph/suggest/worker/pool.ts): CoreNLP's
 * answer for a long text is tens of megabytes of JSON, and the rules that
 * read it take seconds on a long text, so both run here, off the server's
 * own thread.
 */
export default async function suggestTask(task: SuggestTask): Promise<SuggestAnswer> {
  const lines: string[] = [];
  try {
    const draft = await suggestDraft(task.text, {
      ...(task.graph ? { db: remoteGraph(task.graph) } : {}),
      nlpUrl: task.nlpUrl,
      ...(task.referenceDate ? { referenceDate: task.referenceDate } : {}),
      ...(task.language ? { language: task.language } : {}),
      ...(task.sameAs ? { sameAs: task.sameAs } : {}),
      log: (line) => lines.push(line),
    });
    return { ok: true, draft, lines };
  } catch (error) {
    const thrown = error instanceof Error ? error : new Error(String(error));
    return { ok: false, name: thrown.name, message: thrown.message };
  } finally {
    task.graph?.close();
  }
}
