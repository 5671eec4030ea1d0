import { readFileSync } from "node:fs";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { rootCertificates } from "node:tls";
import { fileURLToPath } from "node:url";
import { ErrorEnvelopeSchema, type Lang, type Problem } from "@sapa/shared";
import { CliError, EXIT_REJECTED, usageError } from "./errors.ts";
import { localized } from "./messages.ts";

/** The local development server `npm start` runs. */
export const DEFAULT_SERVER = "https://localhost:3000";
/** The development CA `npm start` creates, at the repository root. */
const DEV_CA_FILE = fileURLToPath(new URL("../../.certs/dev-ca.pem", import.meta.url));
const REQUEST_TIMEOUT_MS = 60_000;

export interface ApiOptions {
  server: string;
  token: string | undefined;
  lang: Lang;
  /** Environment to read SAPA_CA_FILE from (tests pass their own). */
  env?: NodeJS.ProcessEnv;
}

export interface ApiResponse {
  status: number;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface RequestOptions {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  accept?: string;
}

/** A request that never reached the server or got no answer (connection refused, reset, timeout, TLS). */
export class NetworkError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "NetworkError";
    this.code = code;
  }
}

/** The server from --server, SAPA_SERVER or the local default, checked to be an http(s) URL. */
export function resolveServer(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const value = flag ?? env.SAPA_SERVER ?? DEFAULT_SERVER;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError("bad-server", { value });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw usageError("bad-server", { value });
  return url.origin + url.pathname.replace(/\/+$/, "");
}

/** The token from --token or SAPA_TOKEN. */
export function resolveToken(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const value = flag ?? env.SAPA_TOKEN;
  return value === undefined || value === "" ? undefined : value;
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]" || hostname === "::1";
}

/**
 * Extra trust for TLS: SAPA_CA_FILE when set; otherwise the repository's development CA for a local
 * https server (so `sapa` talks to `npm start` without disabling verification). Public roots stay trusted.
 */
export function trustedCa(server: string, env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const url = new URL(server);
  if (url.protocol !== "https:") return undefined;
  const override = env.SAPA_CA_FILE;
  if (override) {
    try {
      return [...rootCertificates, readFileSync(override, "utf8")];
    } catch (error) {
      throw usageError("ca-unreadable", { file: override, reason: (error as Error).message });
    }
  }
  if (!isLoopback(url.hostname)) return undefined;
  try {
    return [...rootCertificates, readFileSync(DEV_CA_FILE, "utf8")];
  } catch {
    return undefined; // no dev CA yet: the TLS error that follows says what to do
  }
}

/** One HTTP(S) request; resolves with any status, rejects only with a NetworkError. */
export function sendRequest(api: ApiOptions, options: RequestOptions): Promise<ApiResponse> {
  const url = new URL(api.server + options.path);
  const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body), "utf8");
  const headers: Record<string, string> = {
    Accept: options.accept ?? "application/json",
    "Accept-Language": api.lang,
    "User-Agent": "sapa-cli",
    ...options.headers,
  };
  if (api.token) headers.Authorization = `Bearer ${api.token}`;
  if (payload) {
    headers["Content-Type"] = "application/json; charset=utf-8";
    headers["Content-Length"] = String(payload.length);
  }
  const ca = trustedCa(api.server, api.env);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      { method: options.method, headers, ...(ca ? { ca } : {}), timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", (error) => reject(toNetworkError(error)));
      },
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })));
    req.on("error", (error) => reject(toNetworkError(error)));
    req.end(payload);
  });
}

function toNetworkError(error: Error): NetworkError {
  const code = (error as NodeJS.ErrnoException).code ?? "ENETWORK";
  // AggregateError (happy-eyeballs) hides the useful text in its parts.
  const parts = error instanceof AggregateError ? error.errors.map((e: Error) => e.message) : [];
  return new NetworkError(code, parts.length > 0 ? parts.join("; ") : error.message || code);
}

const TLS_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** The exit-2 error for a request that never got an answer. */
export function networkFailure(server: string, error: NetworkError): CliError {
  const key = TLS_CODES.has(error.code) ? "tls-error" : "network-error";
  return usageError(key, { server, reason: `${error.code}: ${error.message}`.slice(0, 200) });
}

/**
 * Sends a request and returns the parsed JSON body of a 2xx answer. Otherwise throws a CliError:
 * 4xx → exit 1 with the server's message (and problem list for 422), 5xx and network failures → exit 2.
 */
export async function requestJson<T = unknown>(api: ApiOptions, options: RequestOptions): Promise<T> {
  const response = await sendOrFail(api, options);
  return parseJsonBody<T>(response);
}

/** Sends a request; a network failure becomes the exit-2 CliError, any HTTP status is returned. */
export async function sendOrFail(api: ApiOptions, options: RequestOptions): Promise<ApiResponse> {
  try {
    return await sendRequest(api, options);
  } catch (error) {
    if (error instanceof NetworkError) throw networkFailure(api.server, error);
    throw error;
  }
}

/** The JSON body of a 2xx answer, or the CliError its status and error envelope call for. */
export function parseJsonBody<T>(response: ApiResponse): T {
  if (response.status < 200 || response.status >= 300) throw httpFailure(response);
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw usageError("bad-response", { status: response.status });
  }
}

/** The CliError for a non-2xx answer, with the server's own message (in the Accept-Language asked for). */
export function httpFailure(response: ApiResponse): CliError {
  let message = response.body.trim().slice(0, 300) || `HTTP ${response.status}`;
  let problems: Problem[] | undefined;
  try {
    const envelope = ErrorEnvelopeSchema.safeParse(JSON.parse(response.body));
    if (envelope.success) {
      message = envelope.data.error.message;
      problems = extractProblems(envelope.data.error.details);
    }
  } catch {
    // not JSON: keep the raw text
  }
  if (response.status >= 500 || response.status < 400) {
    return usageError("server-error", { status: response.status, message });
  }
  const text = localized("rejected", { status: response.status, message });
  if (response.status === 401) {
    const hint = localized("token-hint");
    text.kk += ` ${hint.kk}`;
    text.ru += ` ${hint.ru}`;
    text.en += ` ${hint.en}`;
  }
  return new CliError(EXIT_REJECTED, text, problems);
}

/** A problem list inside an error envelope's details (`details` itself or `details.problems`). */
function extractProblems(details: unknown): Problem[] | undefined {
  const list = Array.isArray(details)
    ? details
    : details && typeof details === "object" && Array.isArray((details as { problems?: unknown }).problems)
      ? (details as { problems: unknown[] }).problems
      : undefined;
  if (!list) return undefined;
  return list.filter(
    (p): p is Problem =>
      !!p &&
      typeof p === "object" &&
      "severity" in p &&
      "message" in p &&
      typeof (p as Problem).message === "object",
  );
}
