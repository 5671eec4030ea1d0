import type { D1Migration } from "cloudflare:test";

// The worker's own bindings and mainModule come from worker-configuration.d.ts (wrangler types).
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
