import { IndicatorTargetsReplySchema, PLAN_INDICATOR_TARGETS, ReportFiguresSchema } from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, seedTokens } from "../../test/api.ts";

const region = { token: TOKENS.region };

beforeAll(async () => {
  await seedTokens();
});

describe("/api/targets/indicators", () => {
  it("gives any token the plan's targets until the region sets its own", async () => {
    const res = await call("/api/targets/indicators", { token: TOKENS.district("alga") });
    expect(res.status).toBe(200);
    expect(IndicatorTargetsReplySchema.parse(await json(res))).toEqual({
      indicators: {
        courses: { "2026": 595, "2027": 510, "2028": 550 },
        internships: { "2026": 25, "2027": 30, "2028": 35 },
        eventParticipation: 0.7,
      },
    });
    // The report carries them, so every client shows the same targets.
    const report = ReportFiguresSchema.parse(await json(await call("/api/report?year=2026-2027", region)));
    expect(report.indicatorTargets).toEqual(PLAN_INDICATOR_TARGETS);
  });

  it("refuses a district's change (403) and bad values (400)", async () => {
    const byDistrict = await call("/api/targets/indicators", {
      method: "PUT",
      token: TOKENS.district("alga"),
      body: PLAN_INDICATOR_TARGETS,
    });
    expect(byDistrict.status).toBe(403);
    for (const body of [
      { ...PLAN_INDICATOR_TARGETS, eventParticipation: 1.5 },
      { ...PLAN_INDICATOR_TARGETS, courses: { "2026": -1 } },
      { ...PLAN_INDICATOR_TARGETS, courses: { "2026-2027": 5 } },
      { courses: {} },
    ]) {
      const res = await call("/api/targets/indicators", { method: "PUT", ...region, body });
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe("invalid-input");
    }
  });

  it("stores the region's targets, audits them, and the report follows them", async () => {
    const changed = { ...PLAN_INDICATOR_TARGETS, courses: { "2026": 600, "2027": 510, "2028": 550 } };
    const res = await call("/api/targets/indicators", { method: "PUT", ...region, body: changed });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ indicators: changed });
    expect(await json(await call("/api/targets/indicators", region))).toEqual({ indicators: changed });
    const audit = await env.DB.prepare(
      "SELECT token_id, detail FROM audit_log WHERE action = 'indicator-targets.put'",
    ).all<{ token_id: string; detail: string }>();
    expect(audit.results.map((r) => [r.token_id, JSON.parse(r.detail).courses["2026"]])).toEqual([
      ["t-region", 600],
    ]);
    const report = await json(await call("/api/report?year=2026-2027", region));
    expect(report.indicatorTargets.courses["2026"]).toBe(600);
    // The stage targets' route still answers the stage targets.
    expect((await call("/api/targets?year=2026-2027", region)).status).toBe(200);
  });
});
