import { Mutex } from "async-mutex";

const locks = new Map<string, Mutex>();

/**
 * Runs `work` alone for this article folder within this process, so that a
 * save's version check and its write, or a publish's read, write and load,
 * are not interleaved with another request on the same folder.
 */
export function withFolderLock<T>(dir: string, work: () => Promise<T> | T): Promise<T> {
  let lock = locks.get(dir);
  if (!lock) {
    lock = new Mutex();
    locks.set(dir, lock);
  }
  return lock.runExclusive(work);
}
