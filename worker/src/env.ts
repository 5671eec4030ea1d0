import type { DistrictId, Lang } from "@sapa/shared";

/** The worker's bindings (wrangler.jsonc). */
export interface Bindings {
  DB: D1Database;
  /** The built task pane (addin/dist); the worker serves its HTML pages through it (with their CSP). */
  ASSETS?: Fetcher;
  /** Largest accepted request body in bytes (default 16 MiB). */
  MAX_BODY_BYTES?: string;
  /** Requests one token may make per minute, per isolate (default 240). */
  RATE_LIMIT_PER_MINUTE?: string;
  /** Failed authentications (unknown or revoked token) one client address may make per minute (default 20). */
  AUTH_FAILURES_PER_MINUTE?: string;
}

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
