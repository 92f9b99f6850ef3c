/** One thing wrong with an input file, located precisely enough to fix it. */
export interface Problem {
  file: string;
  /** The entry inside the file, such as `relations[3] "goita-met-putin"`; empty for the whole file. */
  entry: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.entry ? `${problem.file}, ${problem.entry}` : problem.file;
  return `${where}: ${problem.message}`;
}

/** Thrown when input is rejected; nothing has been written when it is. */
export class ValidationError extends Error {
  override name = "ValidationError";
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}
