// The worker's source names D1's types as globals (from @cloudflare/workers-types). The client imports the
// worker's AppType as a type only; these aliases let that type resolve under DOM or Node globals without
// loading the Workers runtime's global declarations, which clash with both.
// The worker's bindings (Cloudflare.Env) are generated as a global script, which only a reference can include.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../worker/worker-configuration.d.ts" />
import type * as Workers from "@cloudflare/workers-types/index.ts";

declare global {
  type D1Database = Workers.D1Database;
  type D1PreparedStatement = Workers.D1PreparedStatement;
}
