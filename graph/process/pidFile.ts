import { existsSync, readFileSync } from "node:fs";

/**
 * What a pid file holds: the server's process id and, when a running command
 * (npm start) started it to stop it on exit, that command's process id.
 */
export interface PidRecord {
  pid: number;
  owner?: number;
}

const asPid = (text: string | undefined) => {
  const pid = Number(text?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
};

/** The record a pid file holds ("<pid>" then an optional "owner <pid>" line), or undefined. */
export function readPidRecord(file: string): PidRecord | undefined {
  if (!existsSync(file)) return undefined;
  const [first, ...rest] = readFileSync(file, "utf8").split("\n");
  const pid = asPid(first);
  if (pid === undefined) return undefined;
  const owner = asPid(/^owner (\d+)$/m.exec(rest.join("\n"))?.[1]);
  return owner === undefined ? { pid } : { pid, owner };
}

/** The process id a pid file holds, or undefined when there is none or it is not a pid. */
export function readPidFile(file: string): number | undefined {
  return readPidRecord(file)?.pid;
}

export function pidFileText(pid: number, owner?: number): string {
  return owner === undefined ? `${pid}\n` : `${pid}\nowner ${owner}\n`;
}

/**
 * True while the process runs and (on Linux, where its command line can be
 * read) its command line holds `marker`: our install folder for a server, so
 * that a pid recycled by another program, or a user's own Neo4j or CoreNLP,
 * never counts as ours.
 */
export function isProcessOf(pid: number, marker: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline)) return readFileSync(cmdline, "utf8").includes(marker);
  return true;
}

/** The command that started a server to stop it on exit was killed: the server is left over. */
export function isOrphan(record: PidRecord | undefined, ownerMarker: string): boolean {
  return (
    record?.owner !== undefined && record.owner !== process.pid && !isProcessOf(record.owner, ownerMarker)
  );
}
