import { defineConfig } from "vitest/config";

/**
 * Adapter and fake-host unit tests run in node against the in-memory Excel fake (no browser needed); the
 * pane's end-to-end test (e2e/) drives Debian Chromium against a real local server and sets its own timeouts.
 */
export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "e2e/**/*.e2e.test.ts"],
    setupFiles: ["test/pane-words.ts"],
    // A pane waiting on the local server (a pull reads every page of the report) can take seconds on a
    // loaded machine; vitest's one-second default for expect.poll made the e2e fail there, not the pane.
    expect: { poll: { timeout: 15_000 } },
  },
});
