import { createMiddleware } from "hono/factory";
import { findTokenByHash } from "./db/tokens.ts";
import {
  DEFAULT_AUTH_FAILURES_PER_MINUTE,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  numberSetting,
  type AppEnv,
} from "./env.ts";
import { ApiError } from "./errors.ts";
import { sha256Hex } from "./hash.ts";
import { FixedWindowLimiter, addressKey } from "./rate-limit.ts";

/** Requests per real token (a client that floods with its own token). */
const tokenLimiter = new FixedWindowLimiter();
/** Failed authentications per client address (someone guessing tokens, each guess a new one). */
const failureLimiter = new FixedWindowLimiter();

function tooMany(retryAfter: number): never {
  throw new ApiError(429, "rate-limited", { retryAfterSeconds: retryAfter });
}

/**
 * Requires `Authorization: Bearer <token>` of one of `roles`. 401 without a token or with an unknown or
 * revoked one, 403 for another role. 429 when the client's address (CF-Connecting-IP) has failed to
 * authenticate too often this minute, counted before the database is asked (so a flood of made-up tokens
 * is throttled, and a throttled guess cannot tell a real token from a false one), or when a real token
 * floods. Made-up tokens are counted by address, never by token, so they add no memory per guess.
 */
export function requireRole(...roles: ("district" | "region")[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match === null) throw new ApiError(401, "token-missing");
    const address = addressKey(c.req.header("cf-connecting-ip"));
    const failures = numberSetting(c.env.AUTH_FAILURES_PER_MINUTE, DEFAULT_AUTH_FAILURES_PER_MINUTE);
    // Counted before the awaited lookup, so requests in flight at once cannot each pass an unchanged count
    // (300 concurrent guesses got 26–53 answers of 401 past a limit of 20); a real token is given it back.
    const blocked = failureLimiter.hit(address, failures);
    if (blocked > 0) {
      c.header("Retry-After", String(blocked));
      tooMany(blocked);
    }
    const hash = await sha256Hex(match[1]!);
    const token = await findTokenByHash(c.env.DB, hash);
    if (token === null || token.revokedAt !== null)
      throw new ApiError(401, token === null ? "token-invalid" : "token-revoked");
    failureLimiter.undo(address);
    const retryAfter = tokenLimiter.hit(
      hash,
      numberSetting(c.env.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT_PER_MINUTE),
    );
    if (retryAfter > 0) {
      c.header("Retry-After", String(retryAfter));
      tooMany(retryAfter);
    }
    if (!roles.includes(token.role)) throw new ApiError(403, "forbidden-role");
    c.set("caller", { tokenId: token.id, role: token.role, district: token.district });
    await next();
  });
}
