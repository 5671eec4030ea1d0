import { defineConfig } from "vitest/config";

// Node-side end-to-end test of the local server machinery (scripts/dev-server.mjs): a real `wrangler dev`
// over HTTPS on a spare loopback port with a throw-away D1.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
