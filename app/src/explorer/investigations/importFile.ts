import { useEffect } from "react";
import type { ImportInvestigationResponse } from "../../../../graph/contract/investigationExport.ts";
import { type RequestBody, apiPost } from "../../api.ts";

/** Sends an export file to the server, which checks it whole; throws its one sentence when refused. */
export async function importInvestigationFile(file: File): Promise<ImportInvestigationResponse> {
  let body: unknown;
  try {
    body = JSON.parse(await file.text());
  } catch {
    throw new Error(
      `${file.name} is not a JSON file (an investigation export is one); nothing was imported.`,
    );
  }
  return apiPost<"importInvestigation">(
    "/api/investigations/import",
    body as RequestBody<"importInvestigation">,
  );
}

/** A sentence saying what an import did. */
export function importedSentence(answer: ImportInvestigationResponse): string {
  const renamed = answer.renamedFrom ? ` as “${answer.slug}” (“${answer.renamedFrom}” was taken)` : "";
  return `Imported${renamed}: ${answer.written.length} articles added, ${answer.kept.length} already here.`;
}

/** A .json file dropped anywhere on the page is imported as an investigation export. */
export function useInvestigationDrop(onFile: (file: File) => void): void {
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file || !file.name.toLowerCase().endsWith(".json")) return;
      event.preventDefault();
      onFile(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [onFile]);
}
