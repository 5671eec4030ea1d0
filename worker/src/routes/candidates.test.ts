import {
  CandidateCountsSchema,
  SettingsSchema,
  type CategoryKey,
  type DistrictId,
  type Submission,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { YEAR, makeSubmission } from "../../test/fixtures.ts";

/** A generated roster whose organisations, categories and award dates are set to known values. */
async function roster(
  district: DistrictId,
  plan: [organization: string, category: CategoryKey, date: string, count: number][],
  seed: number,
): Promise<Submission> {
  const rows = plan.flatMap(([organization, category, date, n]) =>
    Array.from({ length: n }, () => ({ organization, category, date })),
  );
  const body = await makeSubmission(district, rows.length, seed);
  return {
    ...body,
    columns: [...new Set([...body.columns, "categoryDate" as const])],
    rows: body.rows.map((r, i) => ({
      ...r,
      organization: rows[i]!.organization,
      category: rows[i]!.category,
      categoryDate: rows[i]!.date,
      categoryDateYearOnly: false,
    })),
  };
}

const submit = async (body: Submission) => {
  const res = await call("/api/submissions", {
    body: await sealed(body),
    token: TOKENS.district(body.district),
  });
  expect(res.status).toBe(201);
};

const region = { token: TOKENS.region };
const YASLI = "ГККП «Ясли-сад № 5»";
const NO1 = "№1 балабақша";
const line = (needed: number, candidates: number, shortfall: number, regionalTarget = false) => ({
  needed,
  candidates,
  uncertain: 0,
  shortfall,
  regionalTarget,
});
/** A target under half a teacher of a unit below the region: not asked of it (needed 0, no shortfall). */
const regional = (candidates: number) => line(0, candidates, 0, true);

beforeAll(async () => {
  await seedTokens();
  // Shalkar, 20 teachers. Stage 1 (2025-2026): moderator 8 %, expert 5 %, researcher 2 %, master 0.01 %.
  await submit(
    await roster(
      "shalkar",
      [
        // 6 pedagogues awarded over two years ago: moderator candidates.
        [YASLI, "pedagog", "2021-05-05", 6],
        // 3 moderators of 2023: expert candidates (two years reached by 2026-08-31).
        [YASLI, "moderator", "2023-06-01", 3],
        // 1 moderator awarded in the year: counts as awarded, nobody's candidate.
        [YASLI, "moderator", "2025-10-01", 1],
        // 8 pedagogues of 2025: under two years, nobody's candidates.
        [NO1, "pedagog", "2025-01-10", 8],
        // 2 experts of 2021-03-01: their five years run out on 2026-03-01 (renewal), and researcher candidates.
        [NO1, "expert", "2021-03-01", 2],
      ],
      1,
    ),
  );
  // Alga, 10 pedagogues of 2020: all moderator candidates.
  await submit(await roster("alga", [["«Айгөлек» балабақшасы", "pedagog", "2020-01-01", 10]], 2));
});

describe("GET /api/candidates", () => {
  it("counts needed, candidates and shortfall for the region, its districts and organisations, without names", async () => {
    const res = await call(`/api/candidates?year=${YEAR}`, region);
    expect(res.status).toBe(200);
    const body = CandidateCountsSchema.parse(await json(res));
    expect(JSON.stringify(body)).not.toContain("fullName");
    expect(body.stage).toBe(1);
    expect(body.minYearsSinceAward).toBe(2);
    // The region on its own totals always ceils. 30 teachers, 1 moderator awarded: needed ceil(2.4 − 1) = 2,
    // ceil(1.5) = 2, ceil(0.6) = 1, ceil(0.003) = 1.
    expect(body.scope).toBe("region");
    expect(body.total).toEqual({
      teachers: 30,
      categories: {
        moderator: line(2, 16, 0),
        expert: line(2, 5, 0),
        researcher: line(1, 2, 0),
        master: line(1, 0, 1),
      },
    });
    expect(body.byDistrict.map((d) => d.district)).toEqual(["alga", "shalkar"].sort());
    const shalkar = body.byDistrict.find((d) => d.district === "shalkar")!;
    // 20 teachers, 1 moderator awarded: ceil(1.6 − 1) = 1, ceil(1.0) = 1; 0.4 and 0.002 of a teacher are
    // the region's targets, not Shalkar's.
    expect(shalkar).toEqual({
      district: "shalkar",
      teachers: 20,
      categories: {
        moderator: line(1, 6, 0),
        expert: line(1, 5, 0),
        researcher: regional(2),
        master: regional(0),
      },
    });
    const orgs = Object.fromEntries(body.byOrganization.map((o) => [`${o.district}/${o.name}`, o]));
    expect(Object.keys(orgs).sort()).toEqual(
      ["alga/«Айгөлек» балабақшасы", `shalkar/${YASLI}`, `shalkar/${NO1}`].sort(),
    );
    // Ясли-сад № 5: 10 teachers, 1 moderator awarded: moderator needs none, expert ceil(0.5) = 1 with 3 candidates.
    expect(orgs[`shalkar/${YASLI}`]!.categories).toEqual({
      moderator: line(0, 6, 0),
      expert: line(1, 3, 0),
      researcher: regional(0),
      master: regional(0),
    });
    expect(orgs[`shalkar/${NO1}`]!.categories).toEqual({
      moderator: line(1, 0, 1),
      expert: line(1, 2, 0),
      researcher: regional(2),
      master: regional(0),
    });
    expect(orgs["alga/«Айгөлек» балабақшасы"]!.categories.moderator).toEqual(line(1, 10, 0));
  });

  it("gives the region one district on ?district=", async () => {
    const body = await json(await call(`/api/candidates?year=${YEAR}&district=alga`, region));
    expect(body.total.teachers).toBe(10);
    expect(body.scope).toBe("unit");
    expect(body.byDistrict.map((d: { district: string }) => d.district)).toEqual(["alga"]);
    expect(body.byOrganization).toHaveLength(1);
  });

  it("shows a district its own district only, and 403 for another", async () => {
    for (const url of [`/api/candidates?year=${YEAR}`, `/api/candidates?year=${YEAR}&district=shalkar`]) {
      const body = await json(await call(url, { token: TOKENS.district("shalkar") }));
      expect(body.total.teachers).toBe(20);
      expect(body.byDistrict.map((d: { district: string }) => d.district)).toEqual(["shalkar"]);
    }
    const res = await call(`/api/candidates?year=${YEAR}&district=shalkar&lang=ru`, {
      token: TOKENS.district("alga"),
    });
    expect(res.status).toBe(403);
    const err = await json(res);
    expect(err.error.code).toBe("forbidden-district");
    expect(err.error.message).toBe("Ключ доступа выдан другому району. Выберите свой район.");
  });

  it("answers 401 without a token and 400 for a bad year or district", async () => {
    expect((await call(`/api/candidates?year=${YEAR}`)).status).toBe(401);
    for (const q of ["year=2025", "district=nowhere"]) {
      const res = await call(`/api/candidates?${q}`, region);
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe("invalid-input");
    }
  });

  it("answers zero teachers and no organisations for a year without data", async () => {
    const body = await json(await call("/api/candidates?year=2026-2027", region));
    expect(body.total.teachers).toBe(0);
    expect(body.byOrganization).toEqual([]);
  });
});

describe("/api/settings", () => {
  it("gives any token the default minimum of 2 years", async () => {
    const res = await call("/api/settings", { token: TOKENS.district("alga") });
    expect(res.status).toBe(200);
    expect(SettingsSchema.parse(await json(res))).toEqual({ settings: { minYearsSinceAward: 2 } });
  });

  it("refuses a district's change (403) and a value out of 0..5 (400)", async () => {
    const byDistrict = await call("/api/settings", {
      method: "PUT",
      token: TOKENS.district("alga"),
      body: { minYearsSinceAward: 3 },
    });
    expect(byDistrict.status).toBe(403);
    expect((await json(byDistrict)).error.code).toBe("forbidden-role");
    for (const body of [{ minYearsSinceAward: 6 }, { minYearsSinceAward: 1.5 }, { other: 1 }]) {
      const res = await call("/api/settings", { method: "PUT", ...region, body });
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe("invalid-input");
    }
    expect((await call("/api/settings", { method: "PUT", body: { minYearsSinceAward: 3 } })).status).toBe(
      401,
    );
  });

  it("stores the region's minimum, audits it, and the candidates follow it", async () => {
    const res = await call("/api/settings", { method: "PUT", ...region, body: { minYearsSinceAward: 5 } });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ settings: { minYearsSinceAward: 5 } });
    expect(await json(await call("/api/settings", region))).toEqual({ settings: { minYearsSinceAward: 5 } });
    const audit = await env.DB.prepare(
      "SELECT token_id, detail FROM audit_log WHERE action = 'settings.put'",
    ).all<{ token_id: string; detail: string }>();
    expect(audit.results.map((r) => [r.token_id, JSON.parse(r.detail)])).toEqual([
      ["t-region", { minYearsSinceAward: 5 }],
    ]);
    // Five years: the 2023 moderators drop out; the 2021 pedagogues (2026-05-05) and the renewals stay.
    const body = await json(await call(`/api/candidates?year=${YEAR}&district=shalkar`, region));
    expect(body.minYearsSinceAward).toBe(5);
    expect(body.total.categories.moderator.candidates).toBe(6);
    expect(body.total.categories.expert.candidates).toBe(2);
    expect(body.total.categories.researcher.candidates).toBe(2);
  });
});
