import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { makeSubmission } from "../../test/fixtures.ts";

beforeAll(seedTokens);

describe("tokens", () => {
  it("issues a district token once, stores only its SHA-256, and the token works", async () => {
    const res = await call("/api/tokens", {
      body: { role: "district", district: "mugalzhar", label: "Мұғалжар АББ" },
      token: TOKENS.region,
    });
    expect(res.status).toBe(201);
    const created = await json(res);
    expect(created).toMatchObject({
      role: "district",
      district: "mugalzhar",
      label: "Мұғалжар АББ",
      revokedAt: null,
    });
    expect(created.token).toMatch(/^sapa_[A-Za-z0-9_-]{43}$/);
    const stored = await env.DB.prepare("SELECT * FROM tokens WHERE id = ?1")
      .bind(created.id)
      .first<Record<string, unknown>>();
    expect(JSON.stringify(stored)).not.toContain(created.token);
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(created.token));
    expect(stored?.hash).toBe(
      Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join(""),
    );
    const submit = await call("/api/submissions", {
      body: await sealed(await makeSubmission("mugalzhar", 5, 1)),
      token: created.token,
    });
    expect(submit.status).toBe(201);
    const list = await json(await call("/api/tokens", { token: TOKENS.region }));
    const listed = list.tokens.find((t: { id: string }) => t.id === created.id);
    expect(listed).toMatchObject({ role: "district", district: "mugalzhar" });
    expect(listed.token).toBeUndefined();
  });

  it("refuses a label with a lone UTF-16 surrogate (400) and stores exactly the label it echoes", async () => {
    const create = (label: string) =>
      call("/api/tokens", {
        raw: JSON.stringify({ role: "district", district: "baiganin", label }),
        token: TOKENS.region,
        headers: { "Content-Type": "application/json" },
      });
    for (const label of ["Байғанин \ud800", "\udc00", "a\udbff\udbff"]) {
      const res = await create(label);
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe("invalid-input");
    }
    const res = await create("Байғанин 🌷 АББ");
    expect(res.status).toBe(201);
    const created = await json(res);
    const stored = await env.DB.prepare("SELECT label FROM tokens WHERE id = ?1")
      .bind(created.id)
      .first<{ label: string }>();
    expect([created.label, stored?.label]).toEqual(["Байғанин 🌷 АББ", "Байғанин 🌷 АББ"]);
  });

  it("revokes a token: it gets 401 token-revoked from then on", async () => {
    const created = await json(
      await call("/api/tokens", { body: { role: "region", label: "deputy" }, token: TOKENS.region }),
    );
    expect((await call("/api/report?year=2025-2026", { token: created.token })).status).toBe(200);
    const revoke = await call(`/api/tokens/${created.id}`, { method: "DELETE", token: TOKENS.region });
    expect(revoke.status).toBe(200);
    expect((await json(revoke)).revokedAt).toEqual(expect.any(String));
    const after = await call("/api/report?year=2025-2026", {
      token: created.token,
      headers: { "Accept-Language": "en" },
    });
    expect(after.status).toBe(401);
    expect(await json(after)).toEqual({
      error: {
        code: "token-revoked",
        message:
          "The access key (token) has been revoked. Ask the regional methodical centre for a new access key.",
      },
    });
    expect((await call("/api/tokens/tok_nope", { method: "DELETE", token: TOKENS.region })).status).toBe(404);
  });

  it("refuses a district token without a district, and districts may not manage tokens", async () => {
    const bad = await call("/api/tokens", { body: { role: "district" }, token: TOKENS.region });
    expect(bad.status).toBe(400);
    const districtCaller = await call("/api/tokens", {
      body: { role: "region" },
      token: TOKENS.district("alga"),
    });
    expect(districtCaller.status).toBe(403);
    expect(
      (await call("/api/tokens/t-alga", { method: "DELETE", token: TOKENS.district("alga") })).status,
    ).toBe(403);
  });

  it("records who created and revoked tokens, submitted, locked and changed targets in the audit trail", async () => {
    await call("/api/years/2026-2027/lock", { method: "POST", token: TOKENS.region });
    await call("/api/years/2026-2027/unlock", { method: "POST", token: TOKENS.region });
    const targets = {
      stage: 2,
      year: "2026-2027",
      band: { min: 0.15, max: 0.2 },
      targets: { moderator: 0.06, expert: 0.1, researcher: 0.05, master: 0.0002 },
    };
    expect(
      (await call("/api/targets/2026-2027", { method: "PUT", body: targets, token: TOKENS.region })).status,
    ).toBe(200);
    const audit = await json(await call("/api/audit", { token: TOKENS.region }));
    const actions = audit.entries.map((e: { action: string; tokenId: string }) => `${e.action}:${e.tokenId}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        "token.create:t-region",
        "token.revoke:t-region",
        expect.stringMatching(/^submission\.create:tok_/),
        "year.lock:t-region",
        "year.unlock:t-region",
        "targets.put:t-region",
      ]),
    );
    expect(audit.entries[0].action).toBe("targets.put");
    expect((await call("/api/audit", { token: TOKENS.district("alga") })).status).toBe(403);
  });
});

describe("targets and districts (public reference data)", () => {
  it("lists the 13 units with their names", async () => {
    const res = await json(await call("/api/districts"));
    expect(res.districts).toHaveLength(13);
    expect(res.districts[2]).toEqual({
      id: "alga",
      name: { kk: "Алға ауданы", ru: "Алгинский район", en: "Alga district" },
    });
  });

  it("gives the plan's stage targets, one year on request, and 404 for a year without targets", async () => {
    const all = await json(await call("/api/targets"));
    expect(all.targets.map((t: { year: string }) => t.year)).toEqual(["2025-2026", "2026-2027", "2027-2028"]);
    const one = await json(await call("/api/targets?year=2025-2026"));
    expect(one.targets).toEqual([
      {
        stage: 1,
        year: "2025-2026",
        band: { min: 0.1, max: 0.15 },
        targets: { moderator: 0.08, expert: 0.05, researcher: 0.02, master: 0.0001 },
      },
    ]);
    const none = await call("/api/targets?year=2030-2031");
    expect(none.status).toBe(404);
    expect((await json(none)).error.code).toBe("no-targets");
  });

  it("refuses targets whose year differs from the path, shares above 1, or a district caller", async () => {
    const targets = {
      stage: 3,
      year: "2027-2028",
      band: { min: 0.2, max: 0.25 },
      targets: { moderator: 0.05, expert: 0.12, researcher: 0.08, master: 0.0004 },
    };
    expect(
      (await call("/api/targets/2026-2027", { method: "PUT", body: targets, token: TOKENS.region })).status,
    ).toBe(400);
    const tooBig = { ...targets, targets: { ...targets.targets, expert: 12 } };
    expect(
      (await call("/api/targets/2027-2028", { method: "PUT", body: tooBig, token: TOKENS.region })).status,
    ).toBe(400);
    expect(
      (await call("/api/targets/2027-2028", { method: "PUT", body: targets, token: TOKENS.district("alga") }))
        .status,
    ).toBe(403);
  });
});
