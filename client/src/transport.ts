import type { Lang } from "@sapa/shared";
import { ApiError } from "./api-error.ts";
import { clientMessage } from "./messages.ts";

/** The fetch the client sends through: the global one in a browser, a CA-aware one in the CLI, a test's. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The slowest upload a request's deadline allows for: 16 KB/s (about 128 kbit/s, a poor rural line). */
export const SLOWEST_UPLOAD_BYTES_PER_SECOND = 16 * 1024;

/** The bytes a request body will take on the wire (a text counted at UTF-8's most, 3 bytes a unit). */
function bodyBytes(body: RequestInit["body"]): number {
  if (body === null || body === undefined) return 0;
  if (typeof body === "string") return body.length * 3;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  if (typeof Blob !== "undefined" && body instanceof Blob) return body.size;
  return 0;
}

/**
 * A request's deadline: `baseMs` for the server to answer, plus the time its body takes at
 * SLOWEST_UPLOAD_BYTES_PER_SECOND. A small request stuck on a dead connection is given up after the base
 * (and retried or kept in the outbox), while a 16 MB roster on a slow line still has the minutes it needs.
 */
export function deadlineMs(baseMs: number, body: RequestInit["body"]): number {
  return baseMs + Math.ceil((bodyBytes(body) / SLOWEST_UPLOAD_BYTES_PER_SECOND) * 1000);
}

/**
 * `fetch` with a deadline (an AbortSignal, combined with the caller's own signal) whose failures are
 * ApiErrors with status 0: "timeout" when the deadline passed, "network" for anything else that kept the
 * answer from arriving. The original error stays as `cause` (Node's error code, for TLS advice). The
 * deadline is `timeoutMs` for the answer plus the body's time on a slow line (deadlineMs).
 */
export function timedFetch(fetchFn: FetchLike, options: { timeoutMs: number; lang: Lang }): FetchLike {
  return async (input, init = {}) => {
    const timeoutMs = deadlineMs(options.timeoutMs, init.body);
    // One controller for the deadline and the caller's signal (AbortSignal.any is too new for older
    // Office webviews on macOS).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException("The request timed out.", "TimeoutError"));
    }, timeoutMs);
    const callerSignal = init.signal;
    const forward = () => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) forward();
    else callerSignal?.addEventListener("abort", forward, { once: true });
    const server = new URL(input instanceof Request ? input.url : String(input)).origin;
    try {
      return await fetchFn(input, { ...init, signal: controller.signal });
    } catch (error) {
      if (timedOut) {
        throw new ApiError({
          status: 0,
          code: "timeout",
          message: clientMessage("timeout", options.lang, {
            server,
            seconds: Math.round(timeoutMs / 1000),
          }),
          // The bound waited, for a caller that words its own message (the CLI's, in kk, ru and en).
          details: { seconds: Math.round(timeoutMs / 1000) },
          cause: error,
        });
      }
      throw new ApiError({
        status: 0,
        code: "network",
        message: clientMessage("network", options.lang, { server, reason: reasonOf(error) }),
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", forward);
    }
  };
}

/** The most useful text of a fetch failure: undici and Node hide it in `cause` or AggregateError parts. */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return error.errors.map(reasonOf).join("; ");
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const text = error.cause ? reasonOf(error.cause) : error.message;
    return typeof code === "string" && !text.includes(code) ? `${code}: ${text}` : text;
  }
  return String(error);
}
