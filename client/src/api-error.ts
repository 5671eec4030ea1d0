import {
  ErrorEnvelopeSchema,
  ProblemSchema,
  isErrorCode,
  type ApiErrorCode,
  type Lang,
  type Problem,
} from "@sapa/shared";
import { z } from "zod";
import { clientMessage } from "./messages.ts";

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
}

/** Every failure of a Sapa API call: one typed error for the add-in and the CLI. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;
  readonly retryAfterSeconds: number | null;
  /** True when the server explained the failure in its error envelope; otherwise the message is the client's. */
  readonly fromServer: boolean;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.fromServer = init.fromServer ?? false;
  }

  /** Worth trying again with the same Idempotency-Key (see isRetryable). */
  get retryable(): boolean {
    return isRetryableStatus(this.status);
  }

  /** The problems a 422 listed (`details.problems`), empty otherwise. */
  get problems(): Problem[] {
    return (this.status === 422 && problemsIn(this.details)) || [];
  }
}

/**
 * Statuses after which the request may be sent again unchanged: no answer (0), timeout (408), too many
 * requests (429) and server or gateway failures (5xx). Everything else would be refused again.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/** The ApiError of a non-2xx response, from its error envelope when it has one. */
export async function errorFromResponse(response: Response, lang: Lang): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  const retryAfter = Number(response.headers.get("Retry-After"));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const envelope = ErrorEnvelopeSchema.safeParse(json);
  if (envelope.success) {
    const { code, message, details } = envelope.data.error;
    return new ApiError({
      status: response.status,
      code: isErrorCode(code) ? code : `http-${response.status}`,
      message,
      details,
      retryAfterSeconds,
      fromServer: true,
    });
  }
  return new ApiError({
    status: response.status,
    code: `http-${response.status}`,
    message: clientMessage("http-error", lang, { status: response.status }),
    details: text.slice(0, 300) || undefined,
    retryAfterSeconds,
  });
}

const ProblemListSchema = z.array(ProblemSchema);

/** The problem list of a 422's details, when it is one (a malformed list is left in details, unlisted). */
function problemsIn(details: unknown): Problem[] | undefined {
  const parsed = ProblemListSchema.safeParse((details as { problems?: unknown } | undefined)?.problems);
  return parsed.success ? parsed.data : undefined;
}
