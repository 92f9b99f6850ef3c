import { startNlp } from "../../graph/nlp/server.ts";

/**
 * Run as a child by the orphan tests: starts CoreNLP detached and owned by
 * this process, as npm start does, says so, then waits to be killed.
 */
const options = JSON.parse(process.argv[2] ?? "{}") as Parameters<typeof startNlp>[0];
const status = await startNlp({ ...options, owner: process.pid }, { timeoutMs: 300_000 });
console.log(`CoreNLP owned by ${process.pid} is ready (pid ${status.pid}).`);
setInterval(() => {}, 60_000);
