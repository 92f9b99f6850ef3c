import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createWriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { UserFacingError } from "../../config/userError.ts";
import { type ExportFormat, csvFiles, writeCsvZip, writeText } from "../formats.ts";
import type { GraphSource } from "../source.ts";
import { partialName } from "./sweep.ts";

/** Where an export goes: one file, or for CSV a folder (or a .zip file). */
export function checkOutPath(format: ExportFormat, out: string): void {
  const parent = dirname(out);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new UserFacingError(`--out ${out}: the folder ${parent} does not exist.`);
  }
  if (existsSync(out)) {
    const isDir = statSync(out).isDirectory();
    if (format === "csv" && !out.endsWith(".zip") && !isDir) {
      throw new UserFacingError(`--out ${out}: CSV goes to a folder or a .zip file, and this is a file.`);
    }
    if ((format !== "csv" || out.endsWith(".zip")) && isDir) {
      throw new UserFacingError(`--out ${out}: this is a folder; give a file name.`);
    }
  }
}

/**
 * Writes the export next to its destination under a temporary name and moves
 * it into place only when complete, so a failed export leaves nothing behind.
 */
export async function writeExport(format: ExportFormat, source: GraphSource, out: string): Promise<string[]> {
  const temp = join(dirname(out), partialName(basename(out)));
  try {
    if (format === "csv" && !out.endsWith(".zip")) {
      mkdirSync(temp);
      const files = await csvFiles(source);
      for (const file of files) {
        await pipeline(Readable.from(file.chunks), createWriteStream(join(temp, file.name)));
      }
      mkdirSync(out, { recursive: true });
      for (const file of files) renameSync(join(temp, file.name), join(out, file.name));
      rmSync(temp, { recursive: true, force: true });
      return files.map((f) => join(out, f.name));
    }
    const chunks = format === "csv" ? writeCsvZip(source) : writeText(format, source);
    await pipeline(Readable.from(chunks), createWriteStream(temp));
    renameSync(temp, out);
    return [out];
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}
