import type { MiddlewareHandler, ValidationTargets } from "hono";
import { validator } from "hono/validator";
import { z } from "zod";
import { DEFAULT_MAX_BODY_BYTES, numberSetting, type AppEnv, type RawBody } from "./env.ts";
import { ApiError } from "./errors.ts";
import { InflatedTooLarge, inflate, readUpTo } from "./bytes.ts";

/** One problem with a request's data, as `details.issues` lists it (the message is for programmers). */
export interface InputIssue {
  path: string[];
  code: string;
  message: string;
  /** The unknown field names of an unrecognized_keys issue. */
  keys?: string[];
}

/**
 * The details of a 400 invalid-input: the issues (at most 100), how many there were, and `field`, where the
 * first one is ("year", "rows.12.category", an unknown field's name), which the localized message names.
 */
export function invalidInputDetails(issues: readonly InputIssue[], issueCount = issues.length) {
  const first = issues[0];
  const field = first?.path.join(".") || first?.keys?.join(", ") || "—";
  return { field, issues: issues.slice(0, 100), issueCount };
}

/** zod issues as the API reports them in `details.issues` (bounded: a broken 20,000-row body has many). */
export function describeIssues(
  error: z.ZodError,
  namePath: (path: readonly PropertyKey[]) => readonly PropertyKey[] = (path) => path,
) {
  const issues = error.issues.slice(0, 100).map((i): InputIssue => ({
    path: namePath(i.path).map(String),
    code: i.code,
    message: i.message,
    ...(i.code === "unrecognized_keys" ? { keys: i.keys } : {}),
  }));
  return invalidInputDetails(issues, error.issues.length);
}

/** Parses `value` with `schema` or throws the 400 envelope (issue paths through `namePath`). */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  namePath?: (path: readonly PropertyKey[]) => readonly PropertyKey[],
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, "invalid-input", describeIssues(result.error, namePath));
  return result.data;
}

/** Hono validator for query or path parameters through a zod schema; failures throw 400. */
export function validate<T extends z.ZodType, Target extends "query" | "param">(target: Target, schema: T) {
  return validator(target, (value) => parseOrThrow(schema, value) as z.output<T>) as MiddlewareHandler<
    AppEnv,
    string,
    { in: { [K in Target]: z.input<T> & ValidationTargets[Target] }; out: { [K in Target]: z.output<T> } }
  >;
}

/** The body limit of this deployment (MAX_BODY_BYTES, 16 MiB by default). */
function bodyLimit(env: AppEnv["Bindings"]): number {
  return numberSetting(env.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES);
}

/** The body schemas jsonBody could not compile (declared where code may not be generated): interpreted. */
export const uncompiledBodySchemas: z.ZodType[] = [];

/**
 * 413 for a request whose declared Content-Length is over the limit, before anything else happens: no
 * token lookup, and not one byte of the body read.
 */
export const refuseDeclaredOversize: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limit = bodyLimit(c.env);
  const declared = c.req.header("content-length");
  if (declared !== undefined && Number(declared) > limit)
    throw new ApiError(413, "too-large", { limitBytes: limit });
  await next();
};

/**
 * Reads at most MAX_BODY_BYTES of the body (a declared Content-Length was checked by
 * refuseDeclaredOversize; the bytes actually read are counted here, so a missing or false header cannot
 * slip past), inflates it when it came gzip-compressed (bounded by the same limit), parses JSON and validates
 * it with `schema`. 413 above the limit, 415 for an encoding other than gzip, 400 for a body cut off
 * mid-way, a broken gzip, malformed JSON, wrong types or unknown fields. `refuse` sees the parsed JSON first
 * and may throw its own, more telling error; `namePath` turns an issue's path into the one the 400 names (a
 * row's value by its field's name).
 *
 * The schema is compiled (`z.compile`) here, where routes are declared: in the worker's global scope, the
 * one place workerd lets code be generated. A valid body takes the compiled path (a 5,000-row submission
 * in a fifth of the interpreter's time); an invalid one falls back to the regular parser, so the errors are
 * the same. Where generating code is not allowed, zod hands the schema back as it is.
 */
export function jsonBody<T extends z.ZodType>(
  schema: T,
  refuse?: (value: unknown) => void,
  namePath?: (path: readonly PropertyKey[]) => readonly PropertyKey[],
) {
  const compiled = z.compile(schema);
  if (compiled === schema) uncompiledBodySchemas.push(schema);
  return (async (c, next) => {
    const limit = bodyLimit(c.env);
    const encoding = requestEncoding(c.req.header("content-encoding"));
    const received = await readBody(c.req.raw, limit);
    // A body marked gzip that arrives inflated already (a proxy may decompress it) is read as it is: JSON
    // never starts with gzip's magic bytes.
    const gzip = encoding === "gzip" && isGzip(received) ? received : null;
    const raw = decodeUtf8(gzip === null ? received : await gunzip(gzip, limit), gzip);
    let value: unknown;
    try {
      value = JSON.parse(raw.text);
    } catch {
      throw new ApiError(400, "bad-json");
    }
    refuse?.(value);
    c.req.addValidatedData("json", parseOrThrow(compiled, value, namePath) as object);
    c.set("rawBody", raw);
    await next();
  }) as MiddlewareHandler<AppEnv, string, { in: { json: z.input<T> }; out: { json: z.output<T> } }>;
}

/** The body's Content-Encoding: none, or gzip (what Sapa's clients send a submission in); 415 otherwise. */
function requestEncoding(header: string | undefined): "identity" | "gzip" {
  const value = header?.trim().toLowerCase() ?? "";
  if (value === "" || value === "identity") return "identity";
  if (value === "gzip" || value === "x-gzip") return "gzip";
  throw new ApiError(415, "unsupported-encoding", { contentEncoding: header ?? null });
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The inflated body, at most `limit` bytes (413 beyond); a broken or truncated gzip is 400 bad-gzip. */
async function gunzip(gzip: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await inflate(gzip, limit);
  } catch (error) {
    if (error instanceof InflatedTooLarge) throw new ApiError(413, "too-large", { limitBytes: limit });
    throw new ApiError(400, "bad-gzip");
  }
}

/**
 * Reads the rest of a refused body without keeping it, up to `cap` bytes, then gives up. A body the
 * worker stops reading midway leaves wrangler dev's connection stuck: the next request on it never gets an
 * answer (worker/e2e/body-limit.e2e.test.ts). Read to its end, the connection stays usable. Beyond the cap
 * the read is cancelled: no client may keep the worker reading for ever.
 */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, cap: number): Promise<void> {
  let drained = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    drained += value.byteLength;
    if (drained > cap) {
      await reader.cancel().catch(() => {});
      return;
    }
  }
}

/**
 * A request refused before its body was read (a revoked token on a submission, an unknown path): its body is
 * drained like a refused oversized one, up to the limit, so the connection it came on can carry the next
 * request (under load the CLI's next call hung behind an unread 401's body). One refused on its declared
 * Content-Length alone is not read at all.
 */
export async function drainUnreadBody(request: Request, env: AppEnv["Bindings"]): Promise<void> {
  if (!request.body || request.bodyUsed) return;
  const limit = bodyLimit(env);
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) return;
  await drain(request.body.getReader(), limit).catch(() => {});
}

/**
 * The body's bytes, at most `limit` (413 beyond). A body with a declared Content-Length (checked against the
 * limit already) is read whole by the runtime, which the HTTP framing holds to that length; one without is
 * read chunk by chunk and counted. A body cut off mid-way (the stream errors, or ends short of its declared
 * length) is 400 body-incomplete: the client's fault or its connection's, never the server's 500.
 */
async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const header = request.headers.get("content-length");
  const declared = header !== null && /^\d{1,12}$/.test(header) ? Number(header) : null;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes =
      declared === null || declared > limit
        ? await readLimited(request.body, limit)
        : new Uint8Array(await request.arrayBuffer());
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, "body-incomplete", { contentLength: declared });
  }
  if (bytes.byteLength > limit) throw new ApiError(413, "too-large", { limitBytes: limit });
  if (declared !== null && bytes.byteLength < declared)
    throw new ApiError(400, "body-incomplete", { contentLength: declared, receivedBytes: bytes.byteLength });
  return bytes;
}

async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (body === null) return new Uint8Array(0);
  return readUpTo(body.getReader(), limit, async (reader) => {
    await drain(reader, limit).catch(() => {});
    throw new ApiError(413, "too-large", { limitBytes: limit });
  });
}

/** The body as text (strict UTF-8: 400 bad-json otherwise) and its bytes for hashing. */
function decodeUtf8(all: Uint8Array<ArrayBuffer>, gzip: Uint8Array<ArrayBuffer> | null): RawBody {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(all);
  } catch {
    throw new ApiError(400, "bad-json");
  }
  // Strict decoding accepted every byte, so the bytes are exactly the UTF-8 of `text` once the byte order
  // mark the decoder dropped is skipped too: whoever hashes the body need not encode the text again.
  const bom = all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf;
  return { text, bytes: all.byteLength, utf8: bom ? all.subarray(3) : all, gzip };
}
