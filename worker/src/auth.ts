import { createMiddleware } from "hono/factory";
import { findTokenByHash, type TokenRecord } from "./db/tokens.ts";
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

/**
 * Tokens being looked up right now, by hash, with how many requests are looking each up: requests carrying
 * one token at the same moment (a pull's pages) count as one attempt, so a real token's burst cannot use up
 * the limit. Each request does its own lookup: workerd does not let one request wait on a promise another
 * request's I/O settles (a request that ends first would leave the other waiting for ever).
 */
const lookingUp = new Map<string, number>();
/** More entries than any real load has in flight; past it (lookups that never ended), it starts afresh. */
const MAX_LOOKING_UP = 10_000;

/**
 * Hashes of tokens this isolate has found valid (at most KNOWN_TOKENS, the oldest forgotten first). A request
 * with one is not a guess, so it is never counted as an attempt; its token is still looked up every time
 * (a revoked one answers 401 and is forgotten here).
 */
const knownTokens = new Set<string>();
const KNOWN_TOKENS = 10_000;

function rememberToken(hash: string): void {
  knownTokens.delete(hash);
  knownTokens.add(hash);
  if (knownTokens.size > KNOWN_TOKENS) knownTokens.delete(knownTokens.values().next().value!);
}

async function lookUp(db: D1Database, hash: string): Promise<TokenRecord | null> {
  if (lookingUp.size >= MAX_LOOKING_UP) lookingUp.clear();
  lookingUp.set(hash, (lookingUp.get(hash) ?? 0) + 1);
  try {
    return await findTokenByHash(db, hash);
  } finally {
    const left = (lookingUp.get(hash) ?? 1) - 1;
    if (left > 0) lookingUp.set(hash, left);
    else lookingUp.delete(hash);
  }
}

type Role = "district" | "region";

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
export function requireRole(...roles: Role[]) {
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match === null) throw new ApiError(401, "token-missing");
    const address = addressKey(c.req.header("cf-connecting-ip"));
    const failures = numberSetting(c.env.AUTH_FAILURES_PER_MINUTE, DEFAULT_AUTH_FAILURES_PER_MINUTE);
    const hash = await sha256Hex(match[1]!);
    // An attempt is counted before the awaited lookup, so guesses in flight at once cannot each pass an
    // unchanged count (300 concurrent guesses got 26–53 answers of 401 past a limit of 20). A token known to
    // be real, or one whose lookup is already in flight, is no new guess: not counted. From here to the
    // lookup nothing awaits, so the next request with this token finds the lookup in flight.
    const counted = !knownTokens.has(hash) && !lookingUp.has(hash);
    if (counted) {
      const blocked = failureLimiter.hit(address, failures);
      if (blocked > 0) {
        c.header("Retry-After", String(blocked));
        tooMany(blocked);
      }
    }
    let token: TokenRecord | null;
    try {
      token = await lookUp(c.env.DB, hash);
    } catch (error) {
      // The database failed, not the caller: the attempt is given back.
      if (counted) failureLimiter.undo(address);
      throw error;
    }
    if (token === null || token.revokedAt !== null) {
      knownTokens.delete(hash);
      throw new ApiError(401, token === null ? "token-invalid" : "token-revoked");
    }
    // A real token: its attempt is given back, and its next requests are not counted.
    if (counted) failureLimiter.undo(address);
    rememberToken(hash);
    const retryAfter = tokenLimiter.hit(
      hash,
      numberSetting(c.env.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT_PER_MINUTE),
    );
    if (retryAfter > 0) {
      c.header("Retry-After", String(retryAfter));
      tooMany(retryAfter);
    }
    if (!roles.includes(token.role)) throw new ApiError(403, "forbidden-role", { required: roles });
    c.set("caller", { tokenId: token.id, role: token.role, district: token.district });
    await next();
  });
  rolesOf.set(middleware, roles);
  return middleware;
}

/** The roles each requireRole middleware lets through, so a route's own handlers tell who may call it. */
const rolesOf = new WeakMap<object, readonly Role[]>();

/** The roles `handler` lets through when it is a requireRole middleware, else undefined. */
export const rolesRequiredBy = (handler: object): readonly Role[] | undefined => rolesOf.get(handler);
