import type { DistrictId, Lang } from "@sapa/shared";

/**
 * The worker's bindings as `wrangler types` generates them from wrangler.jsonc (worker-configuration.d.ts,
 * `npm run cf-typegen -w @sapa/worker` after changing the config): DB, ASSETS (the built task pane, whose HTML
 * pages the worker serves with their CSP), and the vars MAX_BODY_BYTES (largest accepted request body in
 * bytes), RATE_LIMIT_PER_MINUTE (requests one token may make per minute) and AUTH_FAILURES_PER_MINUTE (failed
 * authentications one client address may make per minute).
 */
export type Bindings = Cloudflare.Env;

/** The authenticated caller. */
export interface Caller {
  tokenId: string;
  role: "district" | "region";
  district: DistrictId | null;
}

/** The request body as read by `jsonBody` (for idempotency: same key, same bytes). */
export interface RawBody {
  text: string;
  bytes: number;
  /** The UTF-8 of `text`: the bytes as received (inflated), without a leading byte order mark (hashed as they are). */
  utf8: Uint8Array<ArrayBuffer>;
  /** The gzip the client sent when it compressed the body (Content-Encoding: gzip), else null. */
  gzip: Uint8Array<ArrayBuffer> | null;
}

export interface Variables {
  lang: Lang;
  caller: Caller;
  rawBody: RawBody;
}

/** Hono environment of every route. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 240;
export const DEFAULT_AUTH_FAILURES_PER_MINUTE = 20;

/** A positive integer binding, or the default when unset or unreadable. */
export function numberSetting(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
