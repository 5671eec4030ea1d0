import { createMiddleware } from "hono/factory";
import { findTokenByHash } from "./db/tokens.ts";
import { DEFAULT_RATE_LIMIT_PER_MINUTE, numberSetting, type AppEnv } from "./env.ts";
import { ApiError } from "./errors.ts";
import { sha256Hex } from "./hash.ts";
import { FixedWindowLimiter } from "./rate-limit.ts";

const limiter = new FixedWindowLimiter();

/**
 * Requires `Authorization: Bearer <token>` of one of `roles`. 401 without a token or with an unknown or
 * revoked one, 403 for another role, 429 when the token floods. Counting happens before the database
 * lookup (by the token's hash), so a flood of made-up tokens is throttled too.
 */
export function requireRole(...roles: ("district" | "region")[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match === null) throw new ApiError(401, "token-missing");
    const hash = await sha256Hex(match[1]!);
    const retryAfter = limiter.hit(
      hash,
      numberSetting(c.env.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT_PER_MINUTE),
    );
    if (retryAfter > 0) {
      c.header("Retry-After", String(retryAfter));
      throw new ApiError(429, "rate-limited", { retryAfterSeconds: retryAfter });
    }
    const token = await findTokenByHash(c.env.DB, hash);
    if (token === null) throw new ApiError(401, "token-invalid");
    if (token.revokedAt !== null) throw new ApiError(401, "token-revoked");
    if (!roles.includes(token.role)) throw new ApiError(403, "forbidden-role");
    c.set("caller", { tokenId: token.id, role: token.role, district: token.district });
    await next();
  });
}
