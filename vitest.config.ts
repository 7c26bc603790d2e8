import { defineConfig } from "vitest/config";

// Two projects: fast unit tests in parallel, then end-to-end tests (real Chromium, real VS Code)
// one file at a time, so two browsers never compete for the machine's two cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts", "extension/test/unit/**/*.test.ts"],
          exclude: ["test/e2e/**", "**/node_modules/**"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
