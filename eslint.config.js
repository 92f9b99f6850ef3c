import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Files are written whole or not at all, through graph/files/writeWhole.ts. */
const WHOLE_WRITES = [
  {
    name: "node:fs",
    importNames: ["writeFileSync", "appendFileSync"],
    message:
      "Write files with writeFileWhole (graph/files/writeWhole.ts): whole or not at all, with one sentence on failure.",
  },
  {
    name: "write-file-atomic",
    message: "It renames a short file into place when the disk fills; use writeFileWhole.",
  },
];

/** The pages of the app, each a folder of app/src/. */
const APP_PAGES = ["explorer", "annotate", "add", "workbench", "duplicates"];

/** The imports an app/ file may not make, plus the folders beside its own (flat config replaces, never merges). */
function appImports(...floors) {
  return [
    "error",
    {
      patterns: [
        // The browser never talks to Neo4j directly: no driver, no credentials in the page.
        { group: ["neo4j-driver", "neo4j-driver-*"], message: "app/ talks to the API, never to Neo4j." },
        {
          group: ["**/graph/neo4j/**", "**/graph/server/**", "**/graph/loader/**"],
          message: "app/ may import only the pure parts of graph/.",
        },
        ...floors,
      ],
    },
  ];
}

/**
 * The imports a graph/ file may not make: UI code anywhere, plus the folders above its own.
 * One rule per file (flat config replaces a rule's options, never merges them), so each floor
 * repeats what all of graph/ forbids.
 */
function graphImports(...floors) {
  return [
    "error",
    {
      patterns: [
        {
          group: ["react", "react-dom", "sigma", "@react-sigma/*"],
          message: "graph/ never imports UI code.",
        },
        ...floors,
      ],
      paths: WHOLE_WRITES,
    },
  ];
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".dossier/", "bench/tmp/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": appImports(),
    },
  },
  // The app's pages stand on shell/ (connection, palette, search box, undo buttons, the explorer's
  // context as panels see it) and never import one another; app/src/explorerExtras.tsx, above
  // them, puts the other pages' controls into the explorer.
  ...APP_PAGES.map((page) => ({
    files: [`app/src/${page}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": appImports({
        regex: `^(\\.\\./)+(${APP_PAGES.filter((p) => p !== page).join("|")})/`,
        message: "An app page never imports another page: what pages share lives in app/src/shell/.",
      }),
    },
  })),
  {
    files: ["app/src/shell/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": appImports({
        regex: `^(\\.\\./)+(${APP_PAGES.join("|")})/`,
        message: "app/src/shell/ is what the pages stand on: it never imports a page.",
      }),
    },
  },
  { files: ["graph/**/*.ts"], rules: { "no-restricted-imports": graphImports() } },
  // Floors of graph/: the driver adapter, then the query runner and the loader, then the database's
  // operations, then the server. A folder never imports one above it.
  {
    files: ["graph/neo4j/**/*.ts"],
    rules: {
      "no-restricted-imports": graphImports({
        group: ["**/loader/**", "**/query/**", "**/db/**", "**/server/**"],
        message:
          "graph/neo4j/ is the driver adapter: it never imports the loader, queries, database operations or the server.",
      }),
    },
  },
  {
    files: ["graph/query/**/*.ts", "graph/loader/**/*.ts"],
    rules: {
      "no-restricted-imports": graphImports({
        group: ["**/db/**", "**/server/**"],
        message:
          "graph/query/ and graph/loader/ sit below the database's operations (graph/db/) and the server.",
      }),
    },
  },
  {
    files: ["graph/suggest/**/*.ts", "graph/lexical/**/*.ts"],
    rules: {
      "no-restricted-imports": graphImports({
        group: ["**/server/**"],
        message:
          "Suggestions and lexical code never import the server; shared helpers live in graph/lexical/.",
      }),
    },
  },
  {
    files: ["scripts/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: WHOLE_WRITES }] },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: globals.node },
  },
);
