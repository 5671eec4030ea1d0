import { ApiError } from "@sapa/client";
import type { Receipt } from "@sapa/shared";
import type { ApiClientOptions, PaneCalls, SubmissionBody } from "./pane-calls.ts";

export type { ApiClientOptions, Receipt, SubmissionBody };
export { ApiError };

/** Sapa's HTTP API as the pane uses it. */
export type ApiClient = PaneCalls;

/** Every call of the pane's client; a test holds it to the loaded client's own (api/client.test.ts). */
export const API_CALLS = [
  "health",
  "currentKey",
  "publishKey",
  "openNames",
  "submit",
  "submissions",
  "report",
  "trend",
  "groups",
  "groupReport",
  "reportFigures",
  "organizations",
  "reviewList",
  "candidates",
  "settings",
  "review",
  "yearLock",
  "lockYear",
  "unlockYear",
  "yearWindow",
  "putYearWindow",
] as const satisfies readonly (keyof ApiClient)[];

/**
 * The pane's client, loaded with its first request (issue 19, item 7): the shared client, the schemas that
 * check every server answer and zod are fetched when data first comes in, not before the pane shows
 * anything. A chunk that cannot be fetched is a network failure (it comes from the same server) and is
 * tried again on the next request.
 */
export function createApiClient(
  options: ApiClientOptions,
  /** Fetches the client's chunk; given by tests. */
  fetchChunk: () => Promise<typeof import("./pane-calls.ts")> = () => import("./pane-calls.ts"),
): ApiClient {
  let loading: Promise<ApiClient> | null = null;
  const load = () =>
    (loading ??= fetchChunk().then(
      (module) => module.createPaneCalls(options),
      (error: unknown) => {
        loading = null;
        throw new ApiError({ status: 0, code: "network", message: String(error), cause: error });
      },
    ));
  const calls = Object.fromEntries(
    API_CALLS.map((name) => [
      name,
      async (...args: unknown[]) => {
        const client = await load();
        return (client[name] as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  );
  return calls as unknown as ApiClient;
}
