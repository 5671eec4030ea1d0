import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, seedTokens } from "../test/api.ts";
import { errorBody } from "./errors.ts";

beforeAll(seedTokens);

const region = TOKENS.region;
const alga = TOKENS.district("alga");

/** A 405 in the one error envelope, its Allow header naming the methods the path has. */
async function expect405(res: Response, allow: string, lang: "kk" | "ru" | "en" = "kk") {
  expect(res.status).toBe(405);
  expect(res.headers.get("Allow")).toBe(allow);
  expect(res.headers.get("Cache-Control")).toBe("no-store");
  const body = await json(res);
  expect(body.error.code).toBe("method-not-allowed");
  expect(body).toEqual(errorBody("method-not-allowed", lang, body.error.details));
  expect(body.error.details.allowed).toBe(allow);
  return body;
}

describe("a method the path does not have", () => {
  it("gets 405 with Allow from the app's own routes, parameterised paths included", async () => {
    const cases = [
      ["DELETE", "/api/settings", "GET, HEAD, PUT"],
      ["PATCH", "/api/settings", "GET, HEAD, PUT"],
      ["PUT", "/api/submissions", "GET, HEAD, POST"],
      ["DELETE", "/api/submissions/sub_123", "GET, HEAD"],
      ["GET", "/api/targets/2025-2026", "PUT"],
      ["DELETE", "/api/targets/indicators", "GET, HEAD, PUT"],
      ["POST", "/api/groups/Магнит мектептер", "DELETE, GET, HEAD, PUT"],
      ["PUT", "/api/groups/magnet/report", "GET, HEAD"],
      ["GET", "/api/review/alga/accept", "POST"],
      ["PUT", "/api/review/alga", "GET, HEAD"],
      ["DELETE", "/api/years/window", "GET, HEAD, PUT"],
      ["GET", "/api/years/2025-2026/lock", "POST"],
      ["PATCH", "/api/tokens/tok_1", "DELETE"],
      ["DELETE", "/api/health", "GET, HEAD"],
    ] as const;
    for (const [method, path, allow] of cases) {
      const res = await call(encodeURI(path), { method, token: region });
      await expect405(res, allow);
    }
  });

  it("says so in the caller's language, naming the method and the allowed ones", async () => {
    const body = await expect405(
      await call("/api/settings?lang=en", { method: "DELETE", token: region }),
      "GET, HEAD, PUT",
      "en",
    );
    expect(body.error.message).toBe("This address does not take a DELETE request, only: GET, HEAD, PUT.");
    await expect405(
      await call("/api/settings", { method: "DELETE", token: region, headers: { "Accept-Language": "ru" } }),
      "GET, HEAD, PUT",
      "ru",
    );
  });

  it("answers HEAD like GET, and HEAD of a path without GET with 405", async () => {
    expect((await call("/api/health", { method: "HEAD" })).status).toBe(200);
    const res = await call("/api/targets/2025-2026", { method: "HEAD", token: region });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("PUT");
  });

  it("keeps an unknown path 404, whatever the method", async () => {
    for (const method of ["GET", "DELETE", "POST"])
      for (const path of ["/api/nothing-here", "/api/settings/extra", "/api/review/alga/accept/now"]) {
        const res = await call(path, { method, token: region });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.headers.get("Allow")).toBeNull();
        expect((await json(res)).error.code).toBe("not-found");
      }
  });

  it("grants no foreign origin on a preflight: OPTIONS is no method of the API", async () => {
    const res = await call("/api/health", {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "GET" },
    });
    await expect405(res, "GET, HEAD");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});

describe("a wrong method's authentication", () => {
  it("is the path's own: without a valid token a guarded path answers 401 as its right methods do", async () => {
    for (const [method, path] of [
      ["DELETE", "/api/settings"],
      ["GET", "/api/review/alga/accept"],
      ["PATCH", "/api/tokens/tok_1"],
      ["POST", "/api/groups/magnet"],
      ["OPTIONS", "/api/submissions"],
    ] as const) {
      const none = await call(path, { method });
      expect(none.status, `${method} ${path}`).toBe(401);
      expect(none.headers.get("Allow")).toBeNull();
      expect((await json(none)).error.code).toBe("token-missing");
      const madeUp = await call(path, { method, token: "made-up" });
      expect(madeUp.status).toBe(401);
      expect(madeUp.headers.get("Allow")).toBeNull();
      expect((await json(madeUp)).error.code).toBe("token-invalid");
    }
  });

  it("lets a role through only where one of the path's methods does (403 otherwise)", async () => {
    // A district may read the settings: it learns their methods. The tokens are the region's alone.
    await expect405(await call("/api/settings", { method: "DELETE", token: alga }), "GET, HEAD, PUT");
    for (const [method, path] of [
      ["PATCH", "/api/tokens/tok_1"],
      ["GET", "/api/review/alga/accept"],
      ["POST", "/api/groups/magnet"],
    ] as const) {
      const res = await call(path, { method, token: alga });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.headers.get("Allow")).toBeNull();
      expect((await json(res)).error.code).toBe("forbidden-role");
    }
  });

  it("asks nothing where the path has a public method", async () => {
    await expect405(await call("/api/health", { method: "POST" }), "GET, HEAD");
    await expect405(await call("/api/targets/indicators", { method: "DELETE" }), "GET, HEAD, PUT");
  });
});
