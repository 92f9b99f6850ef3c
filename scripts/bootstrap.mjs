// Entry point of the npm scripts that a fresh clone runs first. Plain Node with
// no dependencies: it installs the node modules when they are missing or stale,
// then hands over to the TypeScript command of the same name.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const commands = new Set([
  "start",
  "db",
  "load",
  "add",
  "export",
  "import",
  "bench",
  "generate",
  "suggest",
  "nlp",
  "eval",
  "faults",
  "vocabulary",
  "duplicates",
  "merge",
  "watch",
]);
const [command, ...args] = process.argv.slice(2);

if (!command || !commands.has(command)) {
  console.error(`Unknown command "${command ?? ""}": expected one of ${[...commands].join(", ")}.`);
  process.exit(2);
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js 20.19 or newer is needed; this is ${process.versions.node}.`);
  process.exit(1);
}

const installed = join(root, "node_modules", ".package-lock.json");
const lock = join(root, "package-lock.json");
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  console.log("Installing node modules (npm ci)...");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("npm ci failed: check the network, then run npm start again.");
    process.exit(result.status ?? 1);
  }
}

const child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts", `${command}.ts`), ...args], {
  cwd: process.cwd(),
  stdio: "inherit",
});
// Pass signals on so the command can stop what it started before exiting.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
