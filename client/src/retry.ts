import { ApiError } from "./api-error.ts";

/** How often and how patiently a request that may not have been processed is sent again. */
export interface RetryPolicy {
  /** Attempts in all, the first included (1 = no retry). */
  attempts: number;
  /** Delay before the first retry, doubled for each further one. */
  baseDelayMs: number;
  /** Longest delay between two attempts (a server's Retry-After may ask for more). */
  maxDelayMs: number;
}

/** An interactive command: four attempts within a few seconds. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };
/** The add-in's outbox: retried for as long as the pane is open, 5 s, 10 s, 20 s … up to 5 minutes. */
export const OUTBOX_RETRY: RetryPolicy = {
  attempts: Number.POSITIVE_INFINITY,
  baseDelayMs: 5_000,
  maxDelayMs: 5 * 60_000,
};
/**
 * Give up waiting for an answer after this long, plus the body's upload time on a slow line (deadlineMs in
 * transport.ts): a stuck connection counts as a network failure, retried or kept in the outbox.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Delay before retry `retry` (1-based): exponential, capped, and never shorter than Retry-After. */
export function backoffMs(
  retry: number,
  retryAfterSeconds: number | null = null,
  policy: RetryPolicy = DEFAULT_RETRY,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return retryAfterSeconds ? Math.max(exponential, retryAfterSeconds * 1000) : exponential;
}

/** A fresh Idempotency-Key (a random UUID); the server keeps the first receipt for it. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Told before each retry: why the last attempt failed and how long until the next. */
export type OnRetry = (error: ApiError, delayMs: number, retry: number) => void;

/**
 * Runs `attempt` until it succeeds, fails with an error that is not retryable, or the policy's attempts
 * are used up; the caller keeps whatever makes the attempts the same request (the Idempotency-Key).
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  onRetry?: OnRetry,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.retryable || tried >= policy.attempts) throw error;
      const delay = backoffMs(tried, error.retryAfterSeconds, policy);
      onRetry?.(error, delay, tried);
      await sleep(delay);
    }
  }
}
