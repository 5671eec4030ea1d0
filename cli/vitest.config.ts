import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The CLI tests spawn the real `sapa` process (tsx start-up and exceljs load take a while on 2 cores).
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
