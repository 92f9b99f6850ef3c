import { ensureGephiToolkit } from "./gephi.ts";

// For CI: fetch the Gephi toolkit once before the tests (they fetch it themselves when missing).
console.log(`Gephi toolkit: ${await ensureGephiToolkit()}`);
