/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiPort = Number(process.env.API_PORT ?? process.env.PORT ?? 5173);
const devPort = 5174;

export default defineConfig({
  root: "app",
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev`: the app with hot reload on 5174, the API of `npm start` behind /api.
    port: devPort,
    host: "127.0.0.1",
    proxy: {
      "/api": {
        target: `http://127.0.0.1:${apiPort}`,
        changeOrigin: true,
        // The API accepts only its own origin. Requests from this dev page are
        // passed on as if from the API's origin; any other origin is forwarded
        // as it is, so the API still refuses it.
        configure: (proxy) => {
          proxy.on("proxyReq", (proxyReq, req) => {
            const origin = req.headers.origin;
            if (origin === `http://127.0.0.1:${devPort}` || origin === `http://localhost:${devPort}`) {
              proxyReq.setHeader("origin", `http://127.0.0.1:${apiPort}`);
            }
          });
        },
      },
    },
  },
  test: {
    root: ".",
    reporters: ["default", "./tests/support/summaryReporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
          environment: "node",
          // A few unit tests start a command (npm run add on a full disk) or a worker thread: on a
          // machine busy with other work that took over vitest's default 5 s, which says nothing
          // about the code. The bound still ends a test that hangs.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/globalSetup.ts"],
          // One Neo4j (Community has one user database) shared by files that run one at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
