import { CSV_FILES, writeNodesCsv, writePropertyTypesJson, writeRelationshipsCsv } from "./csv.ts";
import { writeCypherScript } from "./cypherScript.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphml } from "./graphml.ts";
import { writeJson } from "./json.ts";
import { collectPropertyTypes } from "./propertyTypes.ts";
import { type GraphSource, chunked } from "./source.ts";
import { zipEntries } from "./zip.ts";

export const FORMATS = ["json", "graphml", "gexf", "csv", "cypher"] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** File name extension of each single-file format (CSV is two files, or a .zip). */
export const EXTENSIONS: Record<ExportFormat, string> = {
  json: ".json",
  graphml: ".graphml",
  gexf: ".gexf",
  csv: ".zip",
  cypher: ".cypher",
};

export const MIME_TYPES: Record<ExportFormat, string> = {
  json: "application/json",
  graphml: "application/graphml+xml",
  gexf: "application/gexf+xml",
  csv: "application/zip",
  cypher: "text/plain",
};

/** The text of a single-file format, in chunks. */
export function writeText(format: Exclude<ExportFormat, "csv">, source: GraphSource): AsyncIterable<string> {
  switch (format) {
    case "json":
      return chunked(writeJson(source));
    case "graphml":
      return chunked(writeGraphml(source));
    case "gexf":
      return chunked(writeGexf(source));
    case "cypher":
      return chunked(writeCypherScript(source));
  }
}

/** nodes.csv, relationships.csv and propertytypes.json, each in chunks; one pass learns the columns. */
export async function csvFiles(
  source: GraphSource,
): Promise<{ name: string; chunks: AsyncIterable<string> }[]> {
  const types = await collectPropertyTypes(source);
  return [
    { name: CSV_FILES.nodes, chunks: chunked(writeNodesCsv(source, types)) },
    { name: CSV_FILES.relationships, chunks: chunked(writeRelationshipsCsv(source, types)) },
    { name: CSV_FILES.types, chunks: writePropertyTypesJson(types) },
  ];
}

/** The CSV files zipped together. */
export async function* writeCsvZip(source: GraphSource): AsyncGenerator<Uint8Array> {
  yield* zipEntries(await csvFiles(source));
}
