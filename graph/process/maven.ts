/** The arguments that make Maven copy a pom's runtime dependencies (and their jars) into a folder. */
export function copyDependenciesArgs(pom: string, outDir: string): string[] {
  return [
    "-q",
    "-B",
    "-Dstyle.color=never",
    "-f",
    pom,
    "dependency:copy-dependencies",
    `-DoutputDirectory=${outDir}`,
    "-DincludeScope=runtime",
    "-DoverWriteIfNewer=true",
  ];
}

/** The first two lines of a failed Maven run that say what went wrong, its advice left out. */
export function mavenFailure(stdout: string, stderr: string): string {
  return `${stdout}\n${stderr}`
    .split("\n")
    .map((l) => l.replace(/^\[ERROR\]\s*/, "").trim())
    .filter((l) => l !== "" && !/Help \d|re-run Maven|full stack trace|^For more information/i.test(l))
    .slice(0, 2)
    .join(" ")
    .trim();
}
