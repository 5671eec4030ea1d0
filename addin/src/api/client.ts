import type { AcademicYear, DistrictId, Lang, Problem, Receipt, Submission } from "@sapa/shared";

/** What POST /api/submissions sends and what it answers: the shared zod schemas' types. */
export type SubmissionBody = Submission;
export type { Receipt };

/** Why a request failed: no answer at all, or an answer with an error status and envelope. */
export class ApiError extends Error {
  constructor(
    /** 0 when the server could not be reached. */
    readonly status: number,
    /** The envelope's machine code ("token-expired", "year-locked"…), or "network" / "http-<status>". */
    readonly code: string,
    /** The server's message (already in the requested language), or the network error text. */
    message: string,
    readonly details: unknown = undefined,
    /** Seconds the server asked us to wait (Retry-After), when it said so. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Worth trying again later with the same Idempotency-Key: the server did not (or may not have) kept it. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  /** The problems the server listed with a 422, if any. */
  get problems(): Problem[] {
    const d = this.details as { problems?: unknown } | Problem[] | undefined;
    const list = Array.isArray(d) ? d : d && Array.isArray(d.problems) ? d.problems : [];
    return list.filter(
      (p): p is Problem => typeof p === "object" && p !== null && "severity" in p && "message" in p,
    );
  }
}

export interface ApiClientOptions {
  serverUrl: string;
  token: string;
  lang: Lang;
  /** Injected for tests; the global fetch by default. */
  fetch?: typeof fetch;
  /** Give up on a request after this many milliseconds (a stuck connection counts as a network failure). */
  timeoutMs?: number;
}

/** Sapa's HTTP API as the pane uses it. Every failure is an ApiError. */
export interface ApiClient {
  health(): Promise<unknown>;
  submit(body: SubmissionBody, idempotencyKey: string): Promise<Receipt>;
  submissions(district: DistrictId, year: AcademicYear): Promise<unknown>;
  report(year: AcademicYear): Promise<unknown>;
}

/** A client for the server at `serverUrl` with a bearer token; messages come back in `lang`. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.serverUrl.replace(/\/+$/, "");

  async function request(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
    const headers: Record<string, string> = {
      Accept: "application/json",
      "Accept-Language": options.lang,
      ...extra,
    };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 120_000);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      throw new ApiError(0, "network", error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
    const text = await response.text().catch(() => "");
    const json = parseJson(text);
    if (!response.ok) throw errorFromResponse(response, json, text);
    return json;
  }

  return {
    health: () => request("GET", "/api/health"),
    async submit(body, idempotencyKey) {
      const json = await request("POST", "/api/submissions", body, { "Idempotency-Key": idempotencyKey });
      if (!isReceipt(json)) throw new ApiError(502, "bad-receipt", "The server answered without a receipt.");
      return json;
    },
    submissions: (district, year) =>
      request(
        "GET",
        `/api/submissions?district=${encodeURIComponent(district)}&year=${encodeURIComponent(year)}`,
      ),
    report: (year) => request("GET", `/api/report?year=${encodeURIComponent(year)}`),
  };
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function errorFromResponse(response: Response, json: unknown, text: string): ApiError {
  const envelope = (json as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)
    ?.error;
  const retryAfter = Number(response.headers.get("Retry-After"));
  return new ApiError(
    response.status,
    typeof envelope?.code === "string" ? envelope.code : `http-${response.status}`,
    typeof envelope?.message === "string" ? envelope.message : text.slice(0, 200) || response.statusText,
    envelope?.details,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

function isReceipt(json: unknown): json is Receipt {
  const r = json as Partial<Receipt> | null;
  return (
    typeof r === "object" &&
    r !== null &&
    typeof r.id === "string" &&
    typeof r.revision === "number" &&
    typeof r.receivedAt === "string" &&
    typeof r.summary === "object" &&
    r.summary !== null
  );
}
