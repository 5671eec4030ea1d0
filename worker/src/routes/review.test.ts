import {
  DISTRICT_IDS,
  DistrictReviewSchema,
  ReviewListSchema,
  reviewCompleteness,
  type DistrictId,
  type DistrictReview,
} from "@sapa/shared";
import { env, exports } from "cloudflare:workers";
import { hc } from "hono/client";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { YEAR, makeSubmission } from "../../test/fixtures.ts";
import { reviewStatuses } from "../db/review.ts";
import { ERROR_MESSAGES } from "../errors.ts";
import app, { type AppType } from "../index.ts";

beforeAll(seedTokens);

const region = TOKENS.region;
const submit = async (district: DistrictId, rows = 12, seed = 7, headers: Record<string, string> = {}) =>
  call("/api/submissions", {
    body: await sealed(await makeSubmission(district, rows, seed)),
    token: TOKENS.district(district),
    headers,
  });
const act = (
  district: string,
  action: "accept" | "return" | "reopen",
  body: unknown,
  token: string = region,
  headers: Record<string, string> = {},
) => call(`/api/review/${district}/${action}`, { body, token, headers });
const statusOf = async (district: DistrictId, token: string = region): Promise<DistrictReview> => {
  const res = await call(`/api/review/${district}?year=${YEAR}`, { token });
  expect(res.status).toBe(200);
  return DistrictReviewSchema.parse(await json(res));
};
const reviewAudit = async (district: DistrictId) => {
  const { results } = await env.DB.prepare(
    "SELECT action, token_id, year, detail, at FROM audit_log WHERE district = ?1 AND action LIKE 'review.%' ORDER BY id",
  )
    .bind(district)
    .all<{ action: string; token_id: string; year: string; detail: string; at: string }>();
  return results.map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
};
const revisionsOf = async (district: DistrictId) =>
  (
    await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE district = ?1 AND year = ?2")
      .bind(district, YEAR)
      .first<{ n: number }>()
  )?.n;

describe("GET /api/review", () => {
  it("lists all 13 districts in region order for the region, not-submitted before any data", async () => {
    const res = await call("/api/review?year=2027-2028", { token: region });
    expect(res.status).toBe(200);
    const list = ReviewListSchema.parse(await json(res));
    expect(list.year).toBe("2027-2028");
    expect(list.districts.map((d) => d.district)).toEqual([...DISTRICT_IDS]);
    expect(new Set(list.districts.map((d) => d.status))).toEqual(new Set(["not-submitted"]));
    expect(list.districts[0]).toEqual({
      district: "aktobe",
      year: "2027-2028",
      status: "not-submitted",
      revision: null,
      submittedAt: null,
      reviewedRevision: null,
      reviewedAt: null,
      comment: null,
    });
  });

  it("gives a district only its own row, and 403 for another district's", async () => {
    expect((await submit("kargaly")).status).toBe(201);
    const own = ReviewListSchema.parse(
      await json(await call(`/api/review?year=${YEAR}`, { token: TOKENS.district("kargaly") })),
    );
    expect(own.districts).toHaveLength(1);
    expect(own.districts[0]).toMatchObject({ district: "kargaly", status: "submitted", revision: 1 });
    expect((await statusOf("kargaly", TOKENS.district("kargaly"))).status).toBe("submitted");

    const other = await call(`/api/review/alga?year=${YEAR}`, { token: TOKENS.district("kargaly") });
    expect(other.status).toBe(403);
    expect((await json(other)).error.code).toBe("forbidden-district");
  });

  it("needs a token (401) and a real district and year (400)", async () => {
    expect((await call(`/api/review?year=${YEAR}`)).status).toBe(401);
    expect((await call(`/api/review/atlantis?year=${YEAR}`, { token: region })).status).toBe(400);
    expect((await call("/api/review?year=2025-2027", { token: region })).status).toBe(400);
  });
});

describe("a district never reviews", () => {
  it("answers 403 to accept, return and reopen from a district token, its own district included", async () => {
    expect((await submit("martuk")).status).toBe(201);
    for (const action of ["accept", "return", "reopen"] as const) {
      for (const target of ["martuk", "alga"]) {
        const res = await act(target, action, { year: YEAR, comment: "ok" }, TOKENS.district("martuk"));
        expect(res.status).toBe(403);
        expect((await json(res)).error.code).toBe("forbidden-role");
      }
    }
    expect((await statusOf("martuk")).status).toBe("submitted");
    expect(await reviewAudit("martuk")).toEqual([]);
  });
});

describe("the season of one district: return, resubmit, accept, final, reopen", () => {
  it("walks every transition, audits each, and refuses new data while accepted", async () => {
    // not-submitted: nothing to accept, return or reopen.
    for (const action of ["accept", "return", "reopen"] as const) {
      const res = await act("temir", action, { year: YEAR, comment: "—" });
      expect(res.status).toBe(409);
      expect((await json(res)).error).toMatchObject({
        code: "review-invalid-transition",
        details: { action, status: "not-submitted" },
      });
    }

    expect((await submit("temir", 20, 2)).status).toBe(201);
    expect(await statusOf("temir")).toMatchObject({ status: "submitted", revision: 1, comment: null });

    // submitted → returned, with the region's comment in Russian; the district reads it.
    const comment = "Проверьте категории в детском саду №3 (строки 14-20)";
    const returned = await act("temir", "return", { year: YEAR, comment });
    expect(returned.status).toBe(200);
    expect(DistrictReviewSchema.parse(await json(returned))).toMatchObject({
      status: "returned",
      revision: 1,
      reviewedRevision: 1,
      comment,
    });
    const seen = await statusOf("temir", TOKENS.district("temir"));
    expect(seen).toMatchObject({ status: "returned", comment });
    expect(seen.reviewedAt).not.toBeNull();

    // returned: neither accept nor reopen until the district resubmits.
    expect((await act("temir", "accept", { year: YEAR })).status).toBe(409);
    expect((await act("temir", "reopen", { year: YEAR })).status).toBe(409);

    // The district's next submission makes it submitted again, without the comment on revision 1 (issue 20):
    // neither the district nor the region's list reads the old verdict beside the new data.
    expect((await submit("temir", 21, 3)).status).toBe(201);
    expect(await statusOf("temir")).toMatchObject({
      status: "submitted",
      revision: 2,
      reviewedRevision: 1,
      comment: null,
    });
    expect(await statusOf("temir", TOKENS.district("temir"))).toMatchObject({ comment: null });
    const listed = await call(`/api/review?year=${YEAR}`, { token: region });
    const temir = ReviewListSchema.parse(await json(listed)).districts.find((d) => d.district === "temir");
    expect(temir).toMatchObject({ status: "submitted", revision: 2, comment: null });

    // The region accepts what it looked at: revision 1 is stale now, revision 2 is accepted.
    const stale = await act("temir", "accept", { year: YEAR, revision: 1 });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error).toMatchObject({
      code: "review-stale",
      details: { revision: 2, seen: 1 },
    });
    const accepted = await act("temir", "accept", { year: YEAR, revision: 2 });
    expect(accepted.status).toBe(200);
    expect(await json(accepted)).toMatchObject({ status: "accepted", reviewedRevision: 2, comment: null });

    // accepted: final. Accept again / return → 409; a new submission → 409 with a localized message.
    expect((await json(await act("temir", "accept", { year: YEAR }))).error.details.status).toBe("accepted");
    expect((await act("temir", "return", { year: YEAR, comment: "поздно" })).status).toBe(409);
    for (const [lang, pattern] of [
      ["ru", /приняла/],
      ["kk", /қабылдаған/],
      ["en", /accepted/],
    ] as const) {
      const refused = await submit("temir", 22, 4, { "Accept-Language": lang });
      expect(refused.status).toBe(409);
      const envelope = await json(refused);
      expect(envelope.error.code).toBe("review-accepted");
      expect(envelope.error.message).toMatch(pattern);
    }
    expect(await revisionsOf("temir")).toBe(2);

    // reopen: accepted → submitted; the district may submit again, and it stays submitted.
    const reopened = await act("temir", "reopen", { year: YEAR, comment: "Қайта тексеру" });
    expect(reopened.status).toBe(200);
    expect(await json(reopened)).toMatchObject({ status: "submitted", comment: "Қайта тексеру" });
    expect((await submit("temir", 23, 5)).status).toBe(201);
    expect(await statusOf("temir")).toMatchObject({ status: "submitted", revision: 3, comment: null });

    const trail = await reviewAudit("temir");
    expect(trail.map((e) => [e.action, e.detail])).toEqual([
      ["review.return", { from: "submitted", to: "returned", comment, revision: 1 }],
      ["review.resubmit", { from: "returned", to: "submitted", comment: null, revision: 2 }],
      ["review.accept", { from: "submitted", to: "accepted", comment: null, revision: 2 }],
      ["review.reopen", { from: "accepted", to: "submitted", comment: "Қайта тексеру", revision: 2 }],
    ]);
    expect(trail.map((e) => e.token_id)).toEqual(["t-region", "t-temir", "t-region", "t-region"]);
    expect(trail.every((e) => e.year === YEAR && !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it("replays an earlier submission's receipt (200) even after acceptance: it is not new data", async () => {
    const body = await sealed(await makeSubmission("shalkar", 9, 11));
    const headers = { "Idempotency-Key": "shalkar-1" };
    const first = await call("/api/submissions", { body, token: TOKENS.district("shalkar"), headers });
    expect(first.status).toBe(201);
    expect((await act("shalkar", "accept", { year: YEAR })).status).toBe(200);
    const replay = await call("/api/submissions", { body, token: TOKENS.district("shalkar"), headers });
    expect(replay.status).toBe(200);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await revisionsOf("shalkar")).toBe(1);
  });

  it("never counts a revision that raced an acceptance as accepted: it is submitted, waiting for review", async () => {
    expect((await submit("aiteke-bi", 8, 31)).status).toBe(201);
    expect((await submit("aiteke-bi", 9, 32)).status).toBe(201);
    expect((await act("aiteke-bi", "accept", { year: YEAR, revision: 2 })).status).toBe(200);
    // As if revision 2 had landed between the region's look at revision 1 and its acceptance.
    await env.DB.prepare("UPDATE reviews SET reviewed_revision = 1 WHERE district = 'aiteke-bi'").run();
    expect(await statusOf("aiteke-bi")).toMatchObject({
      status: "submitted",
      revision: 2,
      reviewedRevision: 1,
    });
    expect((await act("aiteke-bi", "reopen", { year: YEAR })).status).toBe(409);
    const again = await act("aiteke-bi", "accept", { year: YEAR });
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ status: "accepted", revision: 2, reviewedRevision: 2 });
  });

  it("keeps the status of another year apart", async () => {
    expect((await submit("yrgyz")).status).toBe(201);
    expect((await act("yrgyz", "accept", { year: YEAR })).status).toBe(200);
    const next = await call("/api/review/yrgyz?year=2026-2027", { token: region });
    expect(await json(next)).toMatchObject({ year: "2026-2027", status: "not-submitted" });
  });
});

describe("the comment of a return", () => {
  it("is required, length-limited and may not carry an ИИН (400, nothing changes)", async () => {
    expect((await submit("kobda")).status).toBe(201);
    for (const body of [
      { year: YEAR },
      { year: YEAR, comment: "   " },
      { year: YEAR, comment: "x".repeat(2001) },
      { year: YEAR, comment: "ИИН 791028 302728 қате" },
      { year: YEAR, comment: "ok", extra: 1 },
    ]) {
      const res = await act("kobda", "return", body);
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe("invalid-input");
    }
    expect((await statusOf("kobda")).status).toBe("submitted");
    expect((await act("kobda", "return", { year: YEAR, comment: "x".repeat(2000) })).status).toBe(200);
  });
});

describe("a locked year", () => {
  it("refuses review changes with 409 until unlocked", async () => {
    expect((await submit("oiyl")).status).toBe(201);
    expect((await call(`/api/years/${YEAR}/lock`, { method: "POST", token: region })).status).toBe(200);
    const res = await act("oiyl", "accept", { year: YEAR }, region, { "Accept-Language": "ru" });
    expect(res.status).toBe(409);
    const envelope = await json(res);
    expect(envelope.error.code).toBe("year-locked");
    expect(envelope.error.message).toMatch(/закрыта/);
    expect((await statusOf("oiyl")).status).toBe("submitted");
    expect((await call(`/api/years/${YEAR}/unlock`, { method: "POST", token: region })).status).toBe(200);
    expect((await act("oiyl", "accept", { year: YEAR })).status).toBe(200);
  });
  /**
   * env.DB whose first batch (the route's read of the lock and the state) is followed, before anything else
   * reaches D1, by the region locking the year on the real database, as another request would.
   */
  function dbLockedAfterFirstRead() {
    let batches = 0;
    const db = {
      prepare: (sql: string) => env.DB.prepare(sql),
      batch: async (statements: D1PreparedStatement[]) => {
        const results = await env.DB.batch(statements);
        if (++batches === 1)
          expect((await call(`/api/years/${YEAR}/lock`, { method: "POST", token: region })).status).toBe(200);
        return results;
      },
    } as unknown as D1Database;
    return { db, batches: () => batches };
  }
  const actThrough = async (db: D1Database, action: "accept" | "return" | "reopen", lang = "en") =>
    app.fetch(
      new Request(`https://sapa.test/api/review/aktobe/${action}`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${region}`,
          "Content-Type": "application/json",
          "Accept-Language": lang,
        },
        body: JSON.stringify({ year: YEAR, comment: "Тексерілді" }),
      }),
      { ...env, DB: db },
    );
  const unlock = async () =>
    expect((await call(`/api/years/${YEAR}/unlock`, { method: "POST", token: region })).status).toBe(200);

  it("refuses accept, return and reopen when the lock lands after the route read the year open", async () => {
    expect((await submit("aktobe")).status).toBe(201);
    for (const [action, lang, before] of [
      ["accept", "ru", "submitted"],
      ["return", "kk", "submitted"],
      ["reopen", "en", "accepted"],
    ] as const) {
      if (before === "accepted") expect((await act("aktobe", "accept", { year: YEAR })).status).toBe(200);
      const audited = (await reviewAudit("aktobe")).length;
      const race = dbLockedAfterFirstRead();
      try {
        const res = await actThrough(race.db, action, lang);
        expect(res.status).toBe(409);
        const envelope = await json(res);
        expect(envelope.error.code).toBe("year-locked");
        expect(envelope.error.details).toMatchObject({
          year: YEAR,
          lockedAt: expect.stringMatching(/^\d{4}-/),
        });
        expect(envelope.error.message).toBe(ERROR_MESSAGES["year-locked"][lang]);
        // The route read the year open (the lock came after its first batch), and the write refused.
        expect(race.batches()).toBeGreaterThan(1);
        expect((await statusOf("aktobe")).status).toBe(before);
        expect(await reviewAudit("aktobe")).toHaveLength(audited);
      } finally {
        await unlock();
      }
    }
  });
});

describe("reviewStatuses", () => {
  it("gives the report 13 rows whose completeness counts accepted apart from submitted", async () => {
    const year = "2026-2027";
    const statuses = await reviewStatuses(env.DB, year);
    expect(statuses).toHaveLength(13);
    expect(reviewCompleteness(year, statuses).notSubmitted).toHaveLength(13);

    const inYear = async (district: DistrictId) => {
      const body = await sealed(await makeSubmission(district, 5, 21, { year, asOf: "2026-11-30" }));
      expect((await call("/api/submissions", { body, token: TOKENS.district(district) })).status).toBe(201);
    };
    for (const d of ["alga", "baiganin", "khromtau", "mugalzhar"] as const) await inYear(d);
    expect((await act("alga", "accept", { year })).status).toBe(200);
    expect((await act("khromtau", "accept", { year })).status).toBe(200);
    expect((await act("baiganin", "return", { year, comment: "Ұйым атаулары" })).status).toBe(200);

    const completeness = reviewCompleteness(year, await reviewStatuses(env.DB, year));
    expect(completeness).toMatchObject({
      expected: 13,
      accepted: ["alga", "khromtau"],
      returned: ["baiganin"],
      submitted: ["mugalzhar"],
    });
    expect(completeness.notSubmitted).toHaveLength(9);
  });
});

describe("AppType with hono/client", () => {
  it("reviews through typed calls whose replies parse with the shared schemas", async () => {
    const client = (token: string) =>
      hc<AppType>("https://sapa.test", {
        headers: { Authorization: `Bearer ${token}` },
        fetch: (input: RequestInfo | URL, init?: RequestInit) =>
          exports.default.fetch(new Request(input, init)),
      });
    expect((await submit("khromtau")).status).toBe(201);
    const region = client(TOKENS.region).api.review;
    const returned = await region[":district"].return.$post({
      param: { district: "khromtau" },
      json: { year: YEAR, comment: "Білімі бағанын толтырыңыз" },
    });
    expect(returned.status).toBe(200);
    expect(DistrictReviewSchema.parse(await returned.json()).status).toBe("returned");
    const own = await client(TOKENS.district("khromtau")).api.review.$get({ query: { year: YEAR } });
    expect(ReviewListSchema.parse(await own.json()).districts).toEqual([
      expect.objectContaining({
        district: "khromtau",
        status: "returned",
        comment: "Білімі бағанын толтырыңыз",
      }),
    ]);
  });
});
