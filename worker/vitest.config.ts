import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The tests run the worker inside workerd with a real local D1 (storage isolated per test file). They do
// not read wrangler.jsonc, so the task pane build (assets) is not needed; the compatibility date is shared.
const compatibilityDate = /"compatibility_date":\s*"([^"]+)"/.exec(
  readFileSync(here("./wrangler.jsonc"), "utf8"),
)?.[1];

const PANE_PAGE = '<!doctype html><html lang="kk"><title>Sapa</title><div id="root"></div></html>';
const APP_PAGE = '<!doctype html><html lang="kk"><title>Sapa (web)</title><div id="root"></div></html>';

export default defineConfig(async () => {
  const migrations = await readD1Migrations(here("./migrations"));
  return {
    plugins: [
      cloudflareTest({
        main: "./src/index.ts",
        miniflare: {
          compatibilityDate,
          d1Databases: ["DB"],
          // The pane's static assets as the worker sees them through its ASSETS binding (a stand-in page).
          serviceBindings: {
            ASSETS: (request: Request) => {
              const page = { "/taskpane.html": PANE_PAGE, "/app.html": APP_PAGE }[
                new URL(request.url).pathname
              ];
              return page
                ? new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8" } })
                : new Response("Not Found", { status: 404 });
            },
          },
          bindings: {
            TEST_MIGRATIONS: migrations,
            // Small enough that the rate-limit test floods quickly, large enough for every other test.
            RATE_LIMIT_PER_MINUTE: "120",
            // Tests that fail authentication on purpose (from the shared "unknown" address) stay below it.
            AUTH_FAILURES_PER_MINUTE: "100",
            MAX_BODY_BYTES: String(16 * 1024 * 1024),
          },
        },
      }),
    ],
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      setupFiles: ["./test/apply-migrations.ts"],
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  };
});
