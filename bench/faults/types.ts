/** One fault tried, and whether the files, the graph and the other users came out whole. */
export interface FaultRow {
  /** What was done, e.g. "kill -9 of the server during publish, after annotation.json is written". */
  fault: string;
  /** What was seen, one short sentence, with figures (e.g. "0 of 150 explorer requests failed"). */
  outcome: string;
  pass: boolean;
}

export interface FaultSection {
  /** Heading inside the Faults section, e.g. "Runaway workbench queries". */
  title: string;
  /** Runs its faults with its own servers (started and stopped inside), and returns one row per fault. */
  run(log: (line: string) => void): Promise<FaultRow[]>;
}
