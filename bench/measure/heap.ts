import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * V8's collector, made callable without starting Node with --expose-gc (the
 * bench runs through npm and tsx): the flag is set at run time and the
 * function taken from a fresh context, where V8 then defines it.
 */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

let gc: (() => void) | undefined;

/** Heap used after a full collection, in bytes: what the objects still reachable hold. */
export function settledHeap(): number {
  gc ??= collector();
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
