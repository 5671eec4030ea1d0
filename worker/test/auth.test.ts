import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { sealSubmission } from "@sapa/shared";
import { TOKENS, call, json, sealed, seedTokens } from "./api.ts";
import { makeSubmission, testRegionKey } from "./fixtures.ts";

const REVOKED = "test-revoked-alga";

beforeAll(async () => {
  await seedTokens();
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(REVOKED));
  const hash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  await env.DB.prepare(
    "INSERT INTO tokens (id, hash, role, district, created_at, revoked_at) VALUES ('t-revoked', ?1, 'district', 'alga', '2025-09-01T00:00:00Z', '2025-10-01T00:00:00Z')",
  )
    .bind(hash)
    .run();
});

const targets = {
  stage: 1,
  year: "2025-2026",
  band: { min: 0.1, max: 0.15 },
  targets: { moderator: 0.08, expert: 0.05, researcher: 0.02, master: 0.0001 },
};

/** Every endpoint that needs a token, with a body that would pass validation. */
const PROTECTED: { method: string; path: string; body?: unknown; roles: ("district" | "region")[] }[] = [
  {
    method: "POST",
    path: "/api/submissions",
    body: await sealSubmission(await makeSubmission("alga", 3, 1), await testRegionKey()),
    roles: ["district"],
  },
  { method: "GET", path: "/api/submissions?year=2025-2026", roles: ["district", "region"] },
  { method: "GET", path: "/api/submissions/some-id", roles: ["district", "region"] },
  { method: "GET", path: "/api/report?year=2025-2026", roles: ["region"] },
  { method: "GET", path: "/api/report.csv?year=2025-2026", roles: ["region"] },
  { method: "GET", path: "/api/report/organizations?year=2025-2026", roles: ["district", "region"] },
  { method: "GET", path: "/api/report/attestation?year=2025-2026&limit=5", roles: ["district", "region"] },
  { method: "PUT", path: "/api/targets/2025-2026", body: targets, roles: ["region"] },
  { method: "POST", path: "/api/years/2025-2026/lock", roles: ["region"] },
  { method: "POST", path: "/api/years/2025-2026/unlock", roles: ["region"] },
  { method: "GET", path: "/api/years/2025-2026", roles: ["district", "region"] },
  { method: "POST", path: "/api/tokens", body: { role: "district", district: "alga" }, roles: ["region"] },
  { method: "GET", path: "/api/tokens", roles: ["region"] },
  { method: "DELETE", path: "/api/tokens/t-nothing", roles: ["region"] },
  { method: "GET", path: "/api/audit", roles: ["region"] },
];

describe("authentication and roles on every protected endpoint", () => {
  for (const e of PROTECTED) {
    it(`${e.method} ${e.path}`, async () => {
      const send = (token: string | null, headers: Record<string, string> = {}) =>
        call(e.path, { method: e.method, token, headers, ...(e.body === undefined ? {} : { body: e.body }) });

      const none = await send(null);
      expect(none.status).toBe(401);
      expect((await json(none)).error.code).toBe("token-missing");

      const basic = await send(null, { Authorization: "Basic dXNlcjpwYXNz" });
      expect(basic.status).toBe(401);

      const bad = await send("sapa_not-a-real-token");
      expect(bad.status).toBe(401);
      expect((await json(bad)).error.code).toBe("token-invalid");

      const revoked = await send(REVOKED);
      expect(revoked.status).toBe(401);
      expect((await json(revoked)).error.code).toBe("token-revoked");

      const wrongRole = e.roles.includes("region")
        ? e.roles.includes("district")
          ? null
          : TOKENS.district("alga")
        : TOKENS.region;
      if (wrongRole !== null) {
        const res = await send(wrongRole);
        expect(res.status).toBe(403);
        expect((await json(res)).error.code).toBe("forbidden-role");
      }
    });
  }

  it("403 for another district's data", async () => {
    const post = await call("/api/submissions", {
      body: await sealed(await makeSubmission("temir", 3, 2)),
      token: TOKENS.district("alga"),
    });
    expect(post.status).toBe(403);
    expect((await json(post)).error.code).toBe("forbidden-district");
    const list = await call("/api/submissions?district=temir", { token: TOKENS.district("alga") });
    expect(list.status).toBe(403);
    expect((await json(list)).error.code).toBe("forbidden-district");
  });

  it("localizes the message by Accept-Language (Kazakh by default)", async () => {
    const kk = await json(await call("/api/report"));
    expect(kk.error.message).toBe("Кіру кілті (токен) жоқ. «Баптаулар» бөлімінде кіру кілтін енгізіңіз.");
    const ru = await json(await call("/api/report", { headers: { "Accept-Language": "en;q=0.5, ru-KZ" } }));
    expect(ru.error.message).toBe("Нет ключа доступа (токена). Введите ключ доступа в «Настройках».");
    const en = await json(await call("/api/report?lang=en", { headers: { "Accept-Language": "ru" } }));
    expect(en.error.message).toBe("No access key (token). Enter your access key in Settings.");
  });
});
