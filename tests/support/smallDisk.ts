import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type SmallDisk = { ok: true; dir: string; unmount: () => void } | { ok: false; reason: string };

/**
 * A real file system of `kib` KiB (tmpfs) mounted for the test, so that a
 * write meets a full disk the way it does on a user's machine. Mounting needs
 * root; elsewhere the reason is returned for the test to print.
 */
export function mountSmallDisk(kib: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), "dossier-small-disk-"));
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${kib}k`, "tmpfs", dir], {
    encoding: "utf8",
  });
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    const why = (mounted.stderr || mounted.error?.message || "mount failed").trim().split("\n")[0];
    return { ok: false, reason: `cannot mount a small tmpfs here (${why}); the full-disk tests need root` };
  }
  return {
    ok: true,
    dir,
    unmount: () => {
      spawnSync("umount", [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Fills the disk of `dir` with a filler file until the system says it is
 * full, then frees `leaveBytes` of it (rounded to the file system's pages).
 * Returns the filler's path, to delete when the disk should have room again.
 */
export function fillDisk(dir: string, leaveBytes = 0): string {
  const filler = join(dir, "filler.bin");
  const fd = openSync(filler, "w");
  const block = Buffer.alloc(4096, 1);
  let written = 0;
  try {
    for (;;) written += writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
  if (leaveBytes > 0) {
    unlinkSync(filler);
    const again = openSync(filler, "w");
    try {
      const keep = Math.max(0, written - leaveBytes);
      for (let at = 0; at < keep; at += block.length)
        writeSync(again, block, 0, Math.min(block.length, keep - at));
    } finally {
      closeSync(again);
    }
  }
  return filler;
}
