/**
 * Every code the API's error envelope carries (`{ error: { code, message, details? } }`). The worker keeps
 * one localized message per code (its ERROR_MESSAGES must name exactly these), and the clients compare
 * against these, so a code misspelt on either side does not compile.
 */
export const ERROR_CODES = [
  "bad-json",
  "bad-gzip",
  "body-incomplete",
  "unsupported-encoding",
  "invalid-input",
  "token-missing",
  "token-invalid",
  "token-revoked",
  "forbidden-role",
  "forbidden-district",
  "not-found",
  "method-not-allowed",
  "precondition-failed",
  "no-targets",
  "year-not-open",
  "year-locked",
  "report-date-outside-year",
  "review-accepted",
  "review-invalid-transition",
  "review-stale",
  "idempotency-key-reused",
  "too-large",
  "roster-has-errors",
  "roster-empty",
  "rate-limited",
  "report-changing",
  "group-not-found",
  "group-too-large",
  "region-key-missing",
  "private-key-refused",
  "public-key-invalid",
  "key-retired",
  "key-changed",
  "clear-name-refused",
  "clear-iin-key-refused",
  "region-key-unknown",
  "internal",
] as const;

/** A code of the API's error envelope. */
export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** Whether a code read off the wire is one this build knows (a newer server may send others). */
export function isErrorCode(code: string): code is ErrorCode {
  return KNOWN.has(code);
}

/**
 * Codes a client gives a failure the server did not explain: no answer, a timeout, a reply that is not what
 * the API promises, or a status without an envelope (or with a code this build does not know).
 */
export type ClientErrorCode = "network" | "timeout" | "bad-reply" | `http-${number}`;

/** The code of any failed API call, as the clients see it. */
export type ApiErrorCode = ErrorCode | ClientErrorCode;
