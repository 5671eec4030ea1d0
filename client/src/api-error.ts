import type { ApiErrorCode, Problem } from "@sapa/shared";

/** How a failed request failed, beyond its status: the envelope's code or one of the client's own. */
export interface ApiErrorInit {
  /** HTTP status; 0 when no answer arrived (network failure, timeout). */
  status: number;
  /**
   * The envelope's code ("token-revoked", "year-locked"…), or network, timeout, bad-reply, http-<status>
   * (also for an envelope whose code this build does not know: a newer server's).
   */
  code: ApiErrorCode;
  /** Already in the user's language: the server's message (Accept-Language) or the client's own. */
  message: string;
  details?: unknown;
  /** Seconds the server asked to wait (Retry-After). */
  retryAfterSeconds?: number | null;
  /** The lower-level failure (a Node error with its `code`, a zod error). */
  cause?: unknown;
  /** True when the message is the server's own (from its error envelope), false when the client wrote it. */
  fromServer?: boolean;
  /** The problems a 422 listed (`details.problems`), checked where the answer came in (error-response.ts). */
  problems?: Problem[];
}

/** Every failure of a Sapa API call: one typed error for the add-in and the CLI. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;
  readonly retryAfterSeconds: number | null;
  /** True when the server explained the failure in its error envelope; otherwise the message is the client's. */
  readonly fromServer: boolean;
  /**
   * The problems a 422 listed (`details.problems`), empty otherwise. Given, not parsed here: this module
   * stays free of the reply schemas and zod, so an app can hold the class from its start (the task pane,
   * issue 19 item 7) and load the client, which reads answers, when it first calls the server.
   */
  readonly problems: Problem[];

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.fromServer = init.fromServer ?? false;
    this.problems = (init.status === 422 && init.problems) || [];
  }

  /**
   * Worth trying again with the same Idempotency-Key (isRetryableStatus), or a body the server says arrived
   * cut off on the way (400 body-incomplete): the connection failed, not the data.
   */
  get retryable(): boolean {
    return isRetryableStatus(this.status) || this.code === "body-incomplete";
  }
}

/**
 * Statuses after which the request may be sent again unchanged: no answer (0), timeout (408), too many
 * requests (429) and server or gateway failures (5xx). Everything else would be refused again.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}
