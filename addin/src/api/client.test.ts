import {
  fromWire,
  generateRegionKeyPair,
  sealSubmission,
  summarise,
  summaryFigures,
  toWire,
  type WireSubmission,
} from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { API_CALLS, ApiError, createApiClient, type SubmissionBody } from "./client.ts";
import * as paneCalls from "./pane-calls.ts";
import { apiError } from "../../test/api-error.ts";

const body: SubmissionBody = await sealSubmission(
  { district: "alga", year: "2025-2026", asOf: "2025-10-01", columns: [], rows: [] },
  await generateRegionKeyPair(),
);

/** A fetch that records the request and answers with a real Response. */
function answering(status: number, payload: unknown, headers: Record<string, string> = {}) {
  const seen: { url: string; init: RequestInit }[] = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    const text = typeof payload === "string" ? payload : JSON.stringify(payload);
    return new Response(text, { status, headers: { "Content-Type": "application/json", ...headers } });
  }) as unknown as typeof fetch;
  return { fetchFn, seen };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("createApiClient", () => {
  it("posts the submission with the token, the Idempotency-Key and the user's language", async () => {
    const receipt = {
      id: "r1",
      district: "alga",
      year: "2025-2026",
      revision: 3,
      receivedAt: "2025-10-01T10:00:00Z",
      summary: summaryFigures(summarise([], { asOf: "2025-10-01", year: "2025-2026", present: [] })),
    };
    const { fetchFn, seen } = answering(201, receipt);
    const client = createApiClient({
      serverUrl: "https://localhost:3000/",
      token: "dev-alga",
      lang: "ru",
      fetch: fetchFn,
    });
    expect(await client.submit(body, "key-1")).toEqual(receipt);
    expect(seen[0]?.url).toBe("https://localhost:3000/api/submissions");
    expect(seen[0]?.init.method).toBe("POST");
    expect(Object.fromEntries(new Headers(seen[0]?.init.headers))).toMatchObject({
      authorization: "Bearer dev-alga",
      "idempotency-key": "key-1",
      "accept-language": "ru",
      "content-type": "application/json",
    });
    // Sent gzip-compressed (Content-Encoding: gzip): the JSON of the body's wire form (rows as arrays) inflated.
    expect(new Headers(seen[0]?.init.headers).get("content-encoding")).toBe("gzip");
    const sent = seen[0]?.init.body as Uint8Array<ArrayBuffer>;
    const inflated = await new Response(
      new Blob([sent]).stream().pipeThrough(new DecompressionStream("gzip")),
    ).text();
    expect(JSON.parse(inflated)).toEqual(toWire(body));
    expect(fromWire(JSON.parse(inflated) as WireSubmission)).toEqual(body);
  });

  it("maps the error envelope: status, code, localized message, problems, Retry-After", async () => {
    const problems = [
      {
        severity: "error",
        code: "category-unknown",
        row: 5,
        column: "D",
        field: "category",
        value: "x",
        message: { kk: "a", ru: "б", en: "c" },
      },
    ];
    const cases = [
      {
        status: 401,
        payload: { error: { code: "token-revoked", message: "Токен отозван" } },
        retryable: false,
      },
      {
        status: 403,
        payload: { error: { code: "forbidden-district", message: "Чужой район" } },
        retryable: false,
      },
      { status: 409, payload: { error: { code: "year-locked", message: "Год закрыт" } }, retryable: false },
      {
        status: 422,
        payload: { error: { code: "roster-has-errors", message: "Ошибки", details: { problems } } },
        retryable: false,
      },
      { status: 429, payload: { error: { code: "rate-limited", message: "Подождите" } }, retryable: true },
      { status: 503, payload: "<html>Service Unavailable</html>", retryable: true },
    ];
    for (const c of cases) {
      const { fetchFn } = answering(c.status, c.payload, c.status === 429 ? { "Retry-After": "30" } : {});
      const client = createApiClient({ serverUrl: "https://s", token: "t", lang: "ru", fetch: fetchFn });
      const error = await failure(client.submit(body, "k"));
      expect(error.status).toBe(c.status);
      expect(error.retryable).toBe(c.retryable);
      if (typeof c.payload === "string") {
        expect(error.code).toBe("http-503");
        expect(error.fromServer).toBe(false);
        expect(error.message).toBe("Сервер ответил ошибкой HTTP 503.");
        expect(error.details).toContain("Service Unavailable");
      } else {
        expect(error.fromServer).toBe(true);
        expect(error.code).toBe(c.payload.error.code);
        expect(error.message).toBe(c.payload.error.message);
      }
      if (c.status === 422) expect(error.problems).toEqual(problems);
      if (c.status === 429) expect(error.retryAfterSeconds).toBe(30);
    }
  });

  it("treats an unreachable server as a retryable network error", async () => {
    const fetchFn = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    const error = await failure(
      createApiClient({ serverUrl: "https://s", token: "t", lang: "kk", fetch: fetchFn }).health(),
    );
    expect(error).toMatchObject({ status: 0, code: "network", retryable: true });
  });

  it("refuses a 2xx answer that is not a receipt, and says so itself", async () => {
    const { fetchFn } = answering(201, { ok: true });
    const error = await failure(
      createApiClient({ serverUrl: "https://s", token: "t", lang: "kk", fetch: fetchFn }).submit(body, "k"),
    );
    expect(error).toMatchObject({ status: 201, code: "bad-reply", fromServer: false, retryable: false });
    const { describeApiError } = await import("./errors.ts");
    const { translator } = await import("../translate.ts");
    expect(describeApiError(error, translator("kk"))).toEqual({ advice: error.message, serverMessage: null });
    expect(error.message).toContain("Сервердің жауабы күтілгендей емес (HTTP 201)");
  });
});

describe("describeApiError", () => {
  it("tells the user what to do, in their language, beside the server's message", async () => {
    const { describeApiError } = await import("./errors.ts");
    const { translator } = await import("../translate.ts");
    const ru = translator("ru");
    const kk = translator("kk");
    const expired = apiError(401, "token-revoked", "Срок действия токена истёк");
    expect(describeApiError(expired, ru)).toEqual({
      advice: ru("err401"),
      serverMessage: "Срок действия токена истёк",
    });
    expect(describeApiError(expired, ru).advice).toContain("Настройках");
    expect(describeApiError(apiError(409, "year-locked", "Жыл жабық"), kk).advice).toContain("жапқан");
    expect(describeApiError(apiError(403, "forbidden-district", "x"), ru).advice).toContain("район");
    expect(describeApiError(apiError(0, "network", "Failed to fetch"), kk)).toEqual({
      advice: kk("errNetwork"),
      serverMessage: null,
    });
    expect(describeApiError(apiError(502, "http-502", "<html>"), ru)).toEqual({
      advice: ru("err5xx"),
      serverMessage: null,
    });
    expect(describeApiError(apiError(418, "http-418", "?"), ru).advice).toBe("Сервер отклонил запрос (418).");
  });

  it("forwards every call of the client it loads with the first request, and loads it once", async () => {
    const real = paneCalls.createPaneCalls({ serverUrl: "https://s", token: "t", lang: "kk" });
    expect([...API_CALLS].sort()).toEqual(Object.keys(real).sort());
    let loads = 0;
    const { fetchFn, seen } = answering(200, { ok: true });
    const client = createApiClient(
      { serverUrl: "https://s", token: "t", lang: "kk", fetch: fetchFn },
      async () => {
        loads++;
        return paneCalls;
      },
    );
    expect(loads).toBe(0); // nothing is fetched before the first request
    await Promise.all([client.health(), client.health()]);
    expect(loads).toBe(1);
    expect(seen.map((s) => s.url)).toEqual(["https://s/api/health", "https://s/api/health"]);
  });

  it("says a client chunk that cannot be fetched is a network failure, and fetches it again next time", async () => {
    let attempt = 0;
    const { fetchFn } = answering(200, { ok: true });
    const client = createApiClient(
      { serverUrl: "https://s", token: "t", lang: "kk", fetch: fetchFn },
      async () => {
        if (++attempt === 1) throw new TypeError("Failed to fetch dynamically imported module");
        return paneCalls;
      },
    );
    const error = await failure(client.health());
    expect(error).toMatchObject({ status: 0, code: "network", retryable: true });
    await expect(client.health()).resolves.toEqual({ ok: true });
    expect(attempt).toBe(2);
  });
});
