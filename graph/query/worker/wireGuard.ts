import diagnostics from "node:diagnostics_channel";
import type { Socket } from "node:net";
import { BoltMessageMeter } from "./boltMeter.ts";

interface Watch {
  maxMessageBytes: number;
  /** The size a message had reached when its connection was closed; undefined while none has. */
  cutAt: number | undefined;
}

let watch: Watch | undefined;

/**
 * Every connection a query worker's driver opens is metered as it is made
 * (Node publishes each new TCP client socket on "net.client.socket"): while a
 * task is watched, a message from Neo4j that grows past the bound closes its
 * connection at once, so a row too large for any answer is neither received
 * whole nor decoded (ten million numbers take minutes), and Neo4j, finding the
 * connection closed, stops encoding it. TLS connections (neo4j+s://) are not
 * published there; they keep the time limit and the worker's memory limit.
 */
diagnostics.subscribe("net.client.socket", (message) => {
  const socket = (message as { socket: Socket }).socket;
  const meter = new BoltMessageMeter();
  socket.on("data", (bytes: Buffer) => {
    const largest = meter.feed(bytes);
    if (watch && watch.cutAt === undefined && largest > watch.maxMessageBytes) {
      watch.cutAt = largest;
      // With an error, so that the driver fails what waits on this connection (a plain close does not tell it).
      socket.destroy(new Error(`a message of over ${watch.maxMessageBytes} bytes was on its way`));
    }
  });
});

/**
 * Watches the worker's connections while `work` runs; `cut()` says whether a
 * message past `maxMessageBytes` closed one. A worker runs one task at a time.
 */
export async function watchingMessages<T>(
  maxMessageBytes: number,
  work: (cut: () => boolean) => Promise<T>,
): Promise<T> {
  const current: Watch = { maxMessageBytes, cutAt: undefined };
  watch = current;
  try {
    return await work(() => current.cutAt !== undefined);
  } finally {
    if (watch === current) watch = undefined;
  }
}
