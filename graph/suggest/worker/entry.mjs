// The file a suggestion worker thread starts with: the project's modules are
// TypeScript, and a worker does not inherit the loader of the thread that
// made it, so it registers tsx for itself before importing the task.
import { register } from "tsx/esm/api";

register();
const { default: suggestTask } = await import("./task.ts");

export default suggestTask;
