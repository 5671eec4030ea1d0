import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The worker-backed tests migrate a local D1 with wrangler and start workerd once per file.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
