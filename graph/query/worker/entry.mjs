// The file a query worker thread starts with: the project's modules are
// TypeScript, and a worker does not inherit the loader of the thread that
// made it (nor does it run under tsx in every setting), so it registers tsx
// for itself before importing the task.
import { register } from "tsx/esm/api";

register();
const { default: queryTask } = await import("./task.ts");

export default queryTask;
