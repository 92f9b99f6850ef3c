import { basename } from "node:path";
import type { BatchItem } from "./items.ts";

function isHttpAddress(line: string): boolean {
  const url = URL.parse(line);
  return url !== null && (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

/**
 * One address a line; blank lines and lines starting with # are not items.
 * A line that is not an http(s) address is refused, naming its line number.
 */
export function itemsFromLinks(text: string, fileName: string): BatchItem[] {
  const name = basename(fileName);
  const items: BatchItem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const number = index + 1;
    if (!isHttpAddress(line) || /\s/.test(line)) {
      const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line;
      items.push({
        label: `${name} line ${number}`,
        refused: `line ${number} of ${name} is not an http(s) address ("${shown}").`,
      });
      return;
    }
    items.push({ label: line, source: { from: "url", url: line }, given: {} });
  });
  return items;
}
