// The worker's source names D1's types as globals (from @cloudflare/workers-types). The client imports the
// worker's AppType as a type only; these aliases let that type resolve under DOM or Node globals without
// loading the Workers runtime's global declarations, which clash with both.
import type * as Workers from "@cloudflare/workers-types/index.ts";

declare global {
  type D1Database = Workers.D1Database;
  type D1PreparedStatement = Workers.D1PreparedStatement;
}
