import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
