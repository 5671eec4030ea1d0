import { readFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { rootCertificates } from "node:tls";
import { fileURLToPath } from "node:url";
import { ApiError, createSapaClient, reasonOf, type FetchLike, type SapaClient } from "@sapa/client";
import type { AcademicYear, Lang, Localized } from "@sapa/shared";
import { stringOption, type CommandLine } from "./command-line.ts";
import { CliError, EXIT_REJECTED, EXIT_USAGE, usageError } from "./errors.ts";
import type { Io } from "./io.ts";
import { localized, type MessageKey } from "./messages.ts";

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
  /** How long to wait for an answer (REQUEST_TIMEOUT_MS; tests pass a shorter one). */
  timeoutMs?: number;
}

/** The server from --server, SAPA_SERVER or the local default, checked to be an http(s) URL. */
export function resolveServer(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  // An empty SAPA_SERVER (`SAPA_SERVER= sapa …`, an unset variable in a script) is no server: the default.
  const value = flag ?? (env.SAPA_SERVER || undefined) ?? DEFAULT_SERVER;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError("bad-server", { value });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw usageError("bad-server", { value });
  // The API's own path copied with the address (https://host/api/) is the server at https://host: every
  // call adds /api itself.
  return url.origin + url.pathname.replace(/\/+$/, "").replace(/\/api$/i, "");
}

/** The token from --token or SAPA_TOKEN. */
export function resolveToken(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const value = flag ?? env.SAPA_TOKEN;
  return value === undefined || value === "" ? undefined : value;
}

/** A command's server, token and language from its --server/--token flags and SAPA_SERVER/SAPA_TOKEN. */
export function apiOptions(line: CommandLine, io: Pick<Io, "env">): ApiOptions {
  return {
    server: resolveServer(stringOption(line.options, "server"), io.env),
    token: resolveToken(stringOption(line.options, "token"), io.env),
    lang: line.lang,
    env: io.env,
  };
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

/** Statuses whose answer has no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch on node:http(s) that trusts `ca` (Node's global fetch cannot take a CA without undici's own
 * dispatcher). Failures reject with Node's error and its `code` (ECONNREFUSED, a TLS code…).
 */
export function nodeFetch(ca: string[] | undefined, trace?: (line: string) => void): FetchLike {
  return async (input, init) => {
    const request = new Request(input, init);
    const started = Date.now();
    trace?.(`sapa: → ${request.method} ${request.url}`);
    const payload = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    headers["user-agent"] ??= "sapa-cli";
    if (payload) headers["content-length"] = String(payload.length);
    const url = new URL(request.url);
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const signal = init?.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const req = send(url, { method: request.method, headers, ...(ca ? { ca } : {}) }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          trace?.(`sapa: ← ${status} ${request.method} ${url.pathname} ${Date.now() - started} ms`);
          resolve(
            new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), {
              status,
              statusText: res.statusMessage ?? "",
              headers: toHeaders(res.headers),
            }),
          );
        });
      });
      signal?.addEventListener("abort", () => req.destroy(signal.reason as Error), { once: true });
      req.on("error", (error) => {
        trace?.(`sapa: ✗ ${request.method} ${url.pathname} ${Date.now() - started} ms: ${String(error)}`);
        reject(error);
      });
      req.end(payload);
    });
  };
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** The shared Sapa client over the CLI's CA-aware transport. */
export function cliClient(api: ApiOptions): SapaClient {
  return createSapaClient({
    server: api.server,
    token: api.token,
    lang: api.lang,
    // SAPA_TRACE=1: each request and its answer on stderr, with the time it took (a slow or stuck network).
    fetch: nodeFetch(
      trustedCa(api.server, api.env),
      api.env?.SAPA_TRACE ? (line) => process.stderr.write(`${line}\n`) : undefined,
    ),
    timeoutMs: api.timeoutMs ?? REQUEST_TIMEOUT_MS,
  });
}

/** Node's codes of an https connection refused for its certificate. */
export const TLS_CODES: ReadonlySet<string> = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** Node's error code behind a failed request (ECONNREFUSED, a TLS code), or the client's own code. */
export function failureCode(error: ApiError): string {
  let cause = error.cause as { code?: unknown; errors?: unknown[]; cause?: unknown } | undefined;
  while (cause) {
    if (typeof cause.code === "string") return cause.code;
    const inner = Array.isArray(cause.errors) ? cause.errors[0] : cause.cause;
    cause = inner as typeof cause;
  }
  return error.code;
}

/** Two messages one after the other, in each language. */
function joined(first: Localized, second: Localized): Localized {
  return { kk: `${first.kk} ${second.kk}`, ru: `${first.ru} ${second.ru}`, en: `${first.en} ${second.en}` };
}

/** What to do when no answer came: start the local server, or check the line and the address of a remote one. */
function adviceFor(server: string): MessageKey {
  return isLoopback(new URL(server).hostname) ? "advice-local-server" : "advice-remote-server";
}

/** Node's codes for a connection that failed, each with what it means to the user. */
const NETWORK_REASONS: Readonly<Record<string, MessageKey>> = {
  ECONNREFUSED: "net-refused",
  ENOTFOUND: "net-no-host",
  EAI_AGAIN: "net-no-host",
  ECONNRESET: "net-reset",
  EPIPE: "net-reset",
  ETIMEDOUT: "net-unreachable",
  EHOSTUNREACH: "net-unreachable",
  ENETUNREACH: "net-unreachable",
  ENETDOWN: "net-unreachable",
  // What Node says when https meets a server that answers plain http.
  EPROTO: "net-not-https",
};

/** Why no answer came, in the user's words with Node's code after it; Node's own text for anything else. */
function networkReason(error: ApiError, code: string): Localized | string {
  const key = NETWORK_REASONS[code];
  if (key !== undefined) return localized(key, { code });
  return (error.cause === undefined ? error.message : reasonOf(error.cause)).slice(0, 300);
}

/**
 * The text of an answer that is not Sapa's (a gateway's or a proxy's page): an HTML page by its title (or
 * heading), anything else as it came, cut short; never a page of markup in a terminal.
 */
export function replyText(details: unknown, status: number): string {
  const text = String(details ?? "").trim();
  if (!/^\s*<|<html|<body|<head/i.test(text)) return text.slice(0, 300) || `HTTP ${status}`;
  const named = /<title[^>]*>([^<]*)<\/title>/i.exec(text) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text);
  const title = named?.[1]?.replace(/\s+/g, " ").trim();
  return title ? title.slice(0, 120) : `HTTP ${status}`;
}

/**
 * The CliError for a failed API call: 4xx → exit 1 with the server's message (and problem list for 422);
 * no answer, 5xx or an unreadable reply → exit 2 with what to do. Anything else is passed on (a bug).
 */
export function toCliError(error: unknown, server: string): unknown {
  const said = saidAsCliError(error, server);
  // The server's own code goes with its words (shared policies read it).
  if (error instanceof ApiError && error.fromServer && said instanceof CliError) said.code = error.code;
  return said;
}

/** toCliError's words for each kind of failure. */
function saidAsCliError(error: unknown, server: string): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 0) {
    if (error.code === "timeout") {
      const seconds = (error.details as { seconds?: unknown } | undefined)?.seconds;
      return usageError("server-timeout", {
        server,
        seconds: typeof seconds === "number" ? seconds : Math.round(REQUEST_TIMEOUT_MS / 1000),
        advice: localized(adviceFor(server)),
      });
    }
    const code = failureCode(error);
    if (TLS_CODES.has(code)) {
      const reason = (error.cause === undefined ? error.message : reasonOf(error.cause)).slice(0, 300);
      return usageError("tls-error", { server, reason });
    }
    return usageError("network-error", {
      server,
      reason: networkReason(error, code),
      advice: localized(adviceFor(server)),
    });
  }
  // A 2xx that is not JSON at all is no Sapa server's (a Wi-Fi login page, a proxy, another site).
  if (error.code === "bad-reply" && error.cause instanceof SyntaxError) {
    return usageError("not-sapa-server", { server, status: error.status });
  }
  // JSON, but not the reply this Sapa reads: the client's message names the field and the likely cause
  // (another version of Sapa on the server), in the user's language.
  if (error.code === "bad-reply") {
    return new CliError(EXIT_USAGE, { kk: error.message, ru: error.message, en: error.message });
  }
  // No Sapa error envelope (a gateway's or a proxy's page): a 404 means no Sapa server at that address.
  if (!error.fromServer && error.status === 404) {
    return usageError("not-sapa-server", { server, status: error.status });
  }
  const message = error.fromServer ? error.message : replyText(error.details, error.status);
  if (error.status >= 500 || error.status < 400) {
    // The server's own sentence already says to try again later: said once, ending as a sentence.
    const local = isLoopback(new URL(server).hostname);
    if (error.fromServer) {
      const sentence = /[.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`;
      return usageError("server-error-said", {
        status: error.status,
        message: sentence,
        persistsSentence: localized(local ? "persists-local-sentence" : "persists-remote-sentence"),
      });
    }
    return usageError("server-error", {
      status: error.status,
      message,
      persists: localized(local ? "persists-local" : "persists-remote"),
    });
  }
  const text =
    // The server's own words ask for the key in the pane's Settings; the CLI takes it from --token.
    error.code === "token-missing"
      ? localized("rejected", { status: error.status, message: localized("no-token-given") })
      : error.status === 404 && error.code === "not-found" && new URL(server).pathname !== "/"
        ? joined(localized("rejected", { status: error.status, message }), localized("server-path-hint"))
        : localized("rejected", { status: error.status, message });
  const problems = error.problems.length > 0 ? error.problems : undefined;
  // Another district's data: the server asks the pane's user to choose their district, the CLI names --district.
  if (error.code === "forbidden-district")
    return new CliError(EXIT_REJECTED, joined(text, localized("district-hint")), problems);
  // A missing or refused token, or one of the wrong role (the server names whose token it takes): how to give one.
  if (error.status !== 401 && error.code !== "forbidden-role")
    return new CliError(EXIT_REJECTED, text, problems);
  const hint = localized("token-hint");
  return new CliError(
    EXIT_REJECTED,
    { kk: `${text.kk} ${hint.kk}`, ru: `${text.ru} ${hint.ru}`, en: `${text.en} ${hint.en}` },
    problems,
  );
}

/** Awaits an API call; its ApiError becomes the CliError `sapa` prints and exits with. */
export async function orCliError<T>(server: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw toCliError(error, server);
  }
}

/** The academic years any district has data for, oldest first (the trend's years with the region's figures). */
export async function yearsWithData(api: ApiOptions): Promise<AcademicYear[]> {
  const trend = await orCliError(api.server, cliClient(api).trend());
  return trend.years
    .filter((y) => y.region !== null)
    .map((y) => y.year)
    .sort();
}
