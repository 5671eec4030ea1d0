import { gunzipSync } from "node:zlib";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rootCertificates } from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import {
  fromWire,
  generateRegionKeyPair,
  sealSubmission,
  summarise,
  summaryFigures,
  type Problem,
  type WireSubmission,
} from "@sapa/shared";
import { cliClient, nodeFetch, orCliError, resolveServer, resolveToken, trustedCa } from "./api.ts";
import { postSubmission } from "./commands/submit.ts";
import { CliError } from "./errors.ts";

/**
 * A plain HTTP server on loopback that answers with a script of behaviours: how the client copes with
 * dropped connections and gateway errors cannot be provoked from the real worker on demand.
 */
type Behaviour = "drop" | { status: number; body: unknown; contentType?: string };
let server: Server | undefined;
/** Each request as the server got it: `bytes` as sent, `body` the text they carry (inflated when gzip). */
const seen: {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  bytes: Buffer;
  body: string;
}[] = [];

async function scriptedServer(script: Behaviour[]): Promise<string> {
  seen.length = 0;
  let i = 0;
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      const text = (req.headers["content-encoding"] === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, bytes, body: text });
      const step = script[Math.min(i++, script.length - 1)]!;
      if (step === "drop") {
        req.socket.destroy();
        return;
      }
      res.writeHead(step.status, { "Content-Type": step.contentType ?? "application/json" });
      res.end(typeof step.body === "string" ? step.body : JSON.stringify(step.body));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const submission = await sealSubmission(
  { district: "alga", year: "2025-2026", asOf: "2026-05-31", columns: [], rows: [] },
  await generateRegionKeyPair(),
);
const receipt = {
  id: "rcpt-1",
  district: "alga",
  year: "2025-2026",
  revision: 3,
  receivedAt: "2026-05-31T10:00:00.000Z",
  summary: summaryFigures(summarise([], { asOf: "2026-05-31", year: "2025-2026", present: [] })),
};
const fast = { attempts: 4, baseDelayMs: 10, maxDelayMs: 10 };

describe("postSubmission", () => {
  it("retries dropped connections and gateway errors with the same Idempotency-Key", async () => {
    const url = await scriptedServer(["drop", { status: 503, body: "busy" }, { status: 201, body: receipt }]);
    const retries: string[] = [];
    const got = await postSubmission({ server: url, token: "dev-alga", lang: "ru" }, submission, {
      retry: fast,
      onRetry: (reason) => retries.push(reason),
    });
    expect(got).toEqual(receipt);
    expect(seen).toHaveLength(3);
    const keys = new Set(seen.map((r) => r.headers["idempotency-key"]));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]!.headers.authorization).toBe("Bearer dev-alga");
    expect(seen[0]!.headers["accept-language"]).toBe("ru");
    // Sent gzip-compressed, the same bytes on every attempt.
    expect(seen.map((r) => r.headers["content-encoding"])).toEqual(["gzip", "gzip", "gzip"]);
    expect(seen[2]!.bytes).toEqual(seen[0]!.bytes);
    // Rows as arrays of values (the wire form), read back to the very submission.
    expect(fromWire(JSON.parse(seen[2]!.body) as WireSubmission)).toEqual(submission);
    expect(retries).toEqual(["ECONNRESET", "HTTP 503"]);
  });

  it("gives up after the last attempt with a network error (exit 2) that says what to do", async () => {
    const url = await scriptedServer(["drop"]);
    const error = await postSubmission({ server: url, token: "t", lang: "en" }, submission, {
      retry: fast,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).text.en).toContain("npm start");
    expect(seen).toHaveLength(4);
  });

  it("does not retry a refusal: 422 carries the server's problem list (exit 1)", async () => {
    const problem: Problem = {
      severity: "error",
      code: "category-unknown",
      row: 7,
      column: "E",
      field: "category",
      value: "супер",
      message: { kk: "Санат белгісіз", ru: "Неизвестная категория", en: "Unknown category" },
    };
    const url = await scriptedServer([
      {
        status: 422,
        body: {
          error: {
            code: "roster-has-errors",
            message: "Тізімде қателер бар",
            details: { problems: [problem] },
          },
        },
      },
    ]);
    const error = (await postSubmission({ server: url, token: "t", lang: "kk" }, submission, {
      retry: fast,
    }).catch((e) => e)) as CliError;
    expect(seen).toHaveLength(1);
    expect(error.exitCode).toBe(1);
    expect(error.text.kk).toContain("Тізімде қателер бар");
    expect(error.problems).toEqual([problem]);
  });
});

describe("error mapping", () => {
  const envelope = (code: string, message: string) => ({ error: { code, message } });
  const failureOf = async (step: Behaviour) => {
    const url = await scriptedServer([step]);
    return (await orCliError(url, cliClient({ server: url, token: "t", lang: "kk" }).listTokens()).catch(
      (e) => e,
    )) as CliError;
  };

  it("maps statuses to exit codes and keeps the server's message", async () => {
    const unauthorised = await failureOf({ status: 401, body: envelope("token-missing", "Токен жоқ") });
    expect(unauthorised).toBeInstanceOf(CliError);
    expect(unauthorised.exitCode).toBe(1);
    expect(unauthorised.text.kk).toContain("Токен жоқ");
    expect(unauthorised.text.kk).toContain("--token");
    expect((await failureOf({ status: 409, body: envelope("year-locked", "locked") })).exitCode).toBe(1);
    // A token of the wrong role: the server says whose token it takes, the CLI how to give one.
    const role = await failureOf({ status: 403, body: envelope("forbidden-role", "Облыс токені керек.") });
    expect(role.exitCode).toBe(1);
    expect(role.text.kk).toContain(
      "Облыс токені керек. Кіру кілтін (токенді) --token немесе SAPA_TOKEN арқылы беріңіз",
    );
    const district = await failureOf({ status: 403, body: envelope("forbidden-district", "Басқа аудан.") });
    expect(district.text.kk).not.toContain("--token");
    const crash = await failureOf({ status: 500, body: "<html>oops</html>", contentType: "text/html" });
    expect(crash.exitCode).toBe(2);
    expect(crash.text.en).toContain("<html>oops</html>");
    expect(crash.text.en).toContain("Try again later");
  });

  it("says the server's own 5xx sentence once, with its advice once", async () => {
    const said = await failureOf({
      status: 500,
      body: envelope("internal", "Серверде күтпеген қате. Кейінірек қайталаңыз."),
    });
    expect(said.exitCode).toBe(2);
    expect(said.text.kk).toBe(
      "Сервер қатесі (500): Серверде күтпеген қате. Кейінірек қайталаңыз. Қате қайталанса, сервер журналын қараңыз.",
    );
    const bare = await failureOf({ status: 503, body: envelope("internal", "Unavailable") });
    expect(bare.text.en).toBe("Server error (503): Unavailable. If it persists, look at the server's log.");
  });

  it("refuses a 200 that is not JSON as an unexpected answer (exit 2)", async () => {
    const error = await failureOf({ status: 200, body: "<html>not sapa</html>", contentType: "text/html" });
    expect(error.exitCode).toBe(2);
    expect(error.text.en).toContain("--server");
  });

  it("refuses a 200 whose JSON is not the reply it should be, naming the field (exit 2)", async () => {
    const error = await failureOf({ status: 200, body: { tokens: [{ id: "tok_1", role: "admin" }] } });
    expect(error.exitCode).toBe(2);
    expect(error.text.kk).toContain("tokens.0.role");
  });
});

describe("server, token and trust", () => {
  it("takes the flag over the environment over the local default", () => {
    expect(resolveServer(undefined, {})).toBe("https://localhost:3000");
    expect(resolveServer(undefined, { SAPA_SERVER: "https://sapa.example.kz/" })).toBe(
      "https://sapa.example.kz",
    );
    expect(resolveServer("http://127.0.0.1:8787", { SAPA_SERVER: "https://x.kz" })).toBe(
      "http://127.0.0.1:8787",
    );
    expect(() => resolveServer("ftp://x", {})).toThrow(CliError);
    expect(() => resolveServer("localhost:3000", {})).toThrow(CliError);
    expect(resolveToken(undefined, { SAPA_TOKEN: "dev-region" })).toBe("dev-region");
    expect(resolveToken("flag", { SAPA_TOKEN: "env" })).toBe("flag");
    expect(resolveToken(undefined, { SAPA_TOKEN: "" })).toBeUndefined();
  });

  it("adds SAPA_CA_FILE to the public roots, and only for https", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sapa-ca-"));
    try {
      const pem = "-----BEGIN CERTIFICATE-----\nTEST\n-----END CERTIFICATE-----\n";
      await writeFile(join(dir, "ca.pem"), pem);
      const ca = trustedCa("https://sapa.example.kz", { SAPA_CA_FILE: join(dir, "ca.pem") })!;
      expect(ca.at(-1)).toBe(pem);
      expect(ca.length).toBe(rootCertificates.length + 1);
      expect(trustedCa("http://127.0.0.1:3000", { SAPA_CA_FILE: join(dir, "ca.pem") })).toBeUndefined();
      expect(trustedCa("https://sapa.example.kz", {})).toBeUndefined();
      expect(() => trustedCa("https://localhost:3000", { SAPA_CA_FILE: join(dir, "missing.pem") })).toThrow(
        /missing\.pem/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("nodeFetch's trace (SAPA_TRACE)", () => {
  it("says each request when it leaves and its answer with the time it took", async () => {
    const url = await scriptedServer([{ status: 403, body: { error: { code: "forbidden-role" } } }, "drop"]);
    const lines: string[] = [];
    const fetch = nodeFetch(undefined, (line) => lines.push(line));
    expect((await fetch(`${url}/api/report?year=2025-2026`)).status).toBe(403);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(`sapa: → GET ${url}/api/report?year=2025-2026`);
    expect(lines[1]).toMatch(/^sapa: ← 403 GET \/api\/report \d+ ms$/);
    expect(lines[2]).toBe(`sapa: → GET ${url}/api/health`);
    expect(lines[3]).toMatch(/^sapa: ✗ GET \/api\/health \d+ ms: Error: socket hang up$/);
  });
});
