import { ApiError } from "@sapa/client";
import type { ApiErrorCode } from "@sapa/shared";

/** An ApiError as the client makes it: envelope codes are the server's, http-<status> and network the client's. */
export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  details?: unknown,
  retryAfterSeconds?: number,
): ApiError {
  const fromServer = status > 0 && code !== "network" && !code.startsWith("http-");
  return new ApiError({
    status,
    code,
    message,
    details,
    retryAfterSeconds: retryAfterSeconds ?? null,
    fromServer,
  });
}
