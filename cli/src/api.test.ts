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
import { ApiError } from "@sapa/client";
import {
  cliClient,
  nodeFetch,
  orCliError,
  resolveServer,
  resolveToken,
  toCliError,
  trustedCa,
} from "./api.ts";
import { postSubmission } from "./commands/submit.ts";
import { CliError } from "./errors.ts";

/**
 * A plain HTTP server on loopback that answers with a script of behaviours: how the client copes with
 * dropped connections and gateway errors cannot be provoked from the real worker on demand.
 */
type Behaviour = "drop" | "hang" | { status: number; body: unknown; contentType?: string };
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
      // Never answers; the socket is closed with the server.
      if (step === "hang") return;
      res.writeHead(step.status, { "Content-Type": step.contentType ?? "application/json" });
      res.end(typeof step.body === "string" ? step.body : JSON.stringify(step.body));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
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
    const retries: unknown[] = [];
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

  it("says how long it waited for a server that takes the roster and never answers, and keeps it", async () => {
    const url = await scriptedServer(["hang"]);
    const retries: unknown[] = [];
    let kept = 0;
    const error = (await postSubmission(
      { server: url, token: "t", lang: "ru", timeoutMs: 1_000 },
      submission,
      {
        retry: fast,
        onRetry: (reason) => retries.push(reason),
        onArrivalUnknown: async () => (kept++, { kk: "сақталды", ru: "сохранено", en: "kept" }),
      },
    ).catch((e) => e)) as CliError;
    expect(seen).toHaveLength(4);
    expect(retries).toHaveLength(3);
    expect(retries[0]).toEqual({
      kk: "сервер 1 секунд бойы жауап бермеді",
      ru: "сервер не ответил за 1 с",
      en: "no answer from the server within 1 s",
    });
    expect(error.exitCode).toBe(2);
    expect(error.text.ru).toMatch(
      /^Сервер не ответил за 1 с: http:\/\/127\.0\.0\.1:\d+\. Дольше Sapa не ждёт\./,
    );
    expect(error.text.ru).toMatch(/\nсохранено$/);
    expect(kept).toBe(1);
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
    const unauthorised = await failureOf({ status: 401, body: envelope("token-invalid", "Токен жарамсыз") });
    expect(unauthorised).toBeInstanceOf(CliError);
    expect(unauthorised.exitCode).toBe(1);
    expect(unauthorised.text.kk).toContain("Токен жарамсыз");
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
    expect(district.text.ru).toBe(
      "Сервер отклонил запрос (403): Басқа аудан. Укажите в --district район, которому выдан ключ доступа (токен).",
    );
    const crash = await failureOf({ status: 500, body: "<html>oops</html>", contentType: "text/html" });
    expect(crash.exitCode).toBe(2);
    expect(crash.text.en).toBe(
      "Server error (500): HTTP 500. Try again later; if it persists, look at the server's log.",
    );
  });

  it("names a gateway's HTML page by its title, never prints its markup", async () => {
    const page =
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    const gateway = await failureOf({ status: 502, body: page, contentType: "text/html" });
    expect(gateway.exitCode).toBe(2);
    expect(gateway.text.ru).toBe(
      "Ошибка сервера (502): 502 Bad Gateway. Повторите позже; если ошибка повторяется, посмотрите журнал сервера.",
    );
    for (const lang of ["kk", "ru", "en"] as const) expect(gateway.text[lang]).not.toContain("<");
  });

  it("says no Sapa server answers where a 404 is not Sapa's (a wrong address), exit 2", async () => {
    const notSapa = await failureOf({ status: 404, body: "<html><title>Not Found</title></html>" });
    expect(notSapa.exitCode).toBe(2);
    expect(notSapa.text.en).toContain("No Sapa server answers at this address");
    expect(notSapa.text.kk).toContain("--server / SAPA_SERVER");
  });

  it("asks for the token with --token, not in the pane's Settings, when none was given", async () => {
    const missing = await failureOf({
      status: 401,
      body: envelope("token-missing", "No access key (token). Enter your access key in Settings."),
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.text.en).toBe(
      "The server refused the request (401): no access key (token) was given. Pass the access key (token) with --token or SAPA_TOKEN (on the local server: dev-region, dev-<district>).",
    );
    expect(missing.text.ru).toContain("ключ доступа (токен) не указан");
  });

  it("sends a district to the regional centre, not to a server log, when a remote server keeps failing", () => {
    const gateway = new ApiError({
      status: 502,
      code: "http-502",
      message: "x",
      details: "<title>502 Bad Gateway</title>",
    });
    const remote = toCliError(gateway, "https://sapa.example.kz") as CliError;
    expect(remote.text.ru).toBe(
      "Ошибка сервера (502): 502 Bad Gateway. Повторите позже; если ошибка повторяется, сообщите в областной методический центр.",
    );
    const local = toCliError(gateway, "https://localhost:3000") as CliError;
    expect(local.text.en).toBe(
      "Server error (502): 502 Bad Gateway. Try again later; if it persists, look at the server's log.",
    );
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

  it("refuses a 200 that is not JSON as no Sapa server at that address, in the user's words (exit 2)", async () => {
    const error = await failureOf({ status: 200, body: "<html>not sapa</html>", contentType: "text/html" });
    expect(error.exitCode).toBe(2);
    expect(error.text.en).toContain("--server");
    expect(error.text.ru).toContain("По этому адресу нет сервера Sapa");
    // No English of the parser's inside a Kazakh or Russian message.
    expect(error.text.ru).not.toContain("not JSON");
  });

  it("refuses a 200 whose JSON is not the reply it should be, naming the field (exit 2)", async () => {
    const error = await failureOf({ status: 200, body: { tokens: [{ id: "tok_1", role: "admin" }] } });
    expect(error.exitCode).toBe(2);
    expect(error.text.kk).toBe(
      "Сервердің жауабы күтілгендей емес (HTTP 200): «tokens.0.role» өрісі басқаша. Мұндағы Sapa мен сервердегі Sapa нұсқалары әртүрлі болуы мүмкін.",
    );
    // The schema's own (English) words stay out of the user's message.
    expect(error.text.kk).not.toMatch(/Invalid|expected/);
  });
});

describe("no answer", () => {
  it("says how long it waited for a server that does not answer, in the user's language (exit 2)", () => {
    const timeout = new ApiError({ status: 0, code: "timeout", message: "x", details: { seconds: 60 } });
    const error = toCliError(timeout, "https://sapa.example.kz") as CliError;
    expect(error.exitCode).toBe(2);
    expect(error.text.ru).toContain(
      "Сервер не ответил за 60 с: https://sapa.example.kz. Дольше Sapa не ждёт.",
    );
    expect(error.text.kk).toContain("60 секунд ішінде жауап бермеді");
    expect(error.text.en).toContain("SAPA_TRACE=1");
    // A remote server: check the line and the address, not "npm start".
    expect(error.text.en).not.toContain("npm start");
    expect(error.text.en).toContain("Check the internet connection");
  });

  it("says why a connection failed in words, Node's code after them, and what to do for that server", () => {
    const refused = (server: string) =>
      toCliError(
        new ApiError({
          status: 0,
          code: "network",
          message: "x",
          cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
        }),
        server,
      ) as CliError;
    const local = refused("http://127.0.0.1:8787");
    expect(local.exitCode).toBe(2);
    expect(local.text.ru).toBe(
      "Не удалось подключиться к серверу: http://127.0.0.1:8787 (по этому адресу и порту сервер не отвечает; ECONNREFUSED). Запустите локальный сервер командой «npm start» или проверьте адрес --server / SAPA_SERVER.",
    );
    const plain = toCliError(
      new ApiError({
        status: 0,
        code: "network",
        message: "x",
        cause: Object.assign(new Error("write EPROTO …:wrong version number:…\n"), { code: "EPROTO" }),
      }),
      "https://127.0.0.1:8787",
    ) as CliError;
    expect(plain.text.en).toBe(
      "Could not reach the server: https://127.0.0.1:8787 (the server does not answer https at this address, http:// perhaps; EPROTO). Start the local server with “npm start” or check --server / SAPA_SERVER.",
    );
    const remote = refused("https://sapa.example.kz");
    expect(remote.text.en).not.toContain("npm start");
    expect(remote.text.en).toContain("tell the regional methodical centre");
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
    // The API's path copied with the address is the server itself: every call adds /api.
    expect(resolveServer(undefined, { SAPA_SERVER: "https://sapa.example.kz/api/" })).toBe(
      "https://sapa.example.kz",
    );
    expect(resolveServer("https://sapa.example.kz/sapa/", {})).toBe("https://sapa.example.kz/sapa");
    expect(resolveServer(undefined, { SAPA_SERVER: "" })).toBe("https://localhost:3000");
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
