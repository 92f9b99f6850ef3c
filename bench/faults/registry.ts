import { bigAdd } from "./bigAdd.ts";
import { bombs } from "./bombs.ts";
import { fullDiskSection } from "./fullDisk.ts";
import { killsSection } from "./kills.ts";
import { specialFilesSection } from "./specialFiles.ts";
import type { FaultSection } from "./types.ts";

/** The sections of `npm run faults`, by the name `--only` takes, in the order they run. */
export const FAULT_SECTIONS: Record<string, FaultSection> = {
  "full-disk": fullDiskSection,
  kills: killsSection,
  "special-files": specialFilesSection,
  bombs,
  "big-article": bigAdd,
};
