import { fileURLToPath } from "node:url";

/** The project's folder: data/, cypher/ and .dossier/ are found from here. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
