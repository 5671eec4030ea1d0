// A lock or an acceptance that lands between a submission's checks (its read batch) and its write (the insert
// batch) must refuse the submission at the write (issue 20, item 4). D1 is wrapped so that the region's action
// runs right before the insert batch: deterministic, not a race left to timing.
import { toWire, type DistrictId } from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { YEAR, makeSubmission } from "../../test/fixtures.ts";
import app from "../index.ts";

beforeAll(seedTokens);

/**
 * env.DB whose batches are counted; before the batch that inserts (the route's second: the first is its
 * reads), `meanwhile` runs on the real database, as another request's write would.
 */
function dbWithWriteBetween(meanwhile: () => Promise<void>) {
  let batches = 0;
  let ran = false;
  const db = {
    prepare: (sql: string) => env.DB.prepare(sql),
    batch: async (statements: D1PreparedStatement[]) => {
      batches++;
      if (batches === 2 && !ran) {
        ran = true;
        await meanwhile();
      }
      return env.DB.batch(statements);
    },
  } as unknown as D1Database;
  return { db, ran: () => ran };
}

/** A district's sealed submission sent to the worker with `db` in place of its D1. */
async function submitThrough(db: D1Database, district: DistrictId, seed: number, lang = "en") {
  const body = await sealed(await makeSubmission(district, 30, seed));
  const request = new Request("https://sapa.test/api/submissions", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${TOKENS.district(district)}`,
      "Content-Type": "application/json",
      "Accept-Language": lang,
    },
    body: JSON.stringify(toWire(body)),
  });
  return app.fetch(request, { ...env, DB: db });
}

const stored = async (district: DistrictId) =>
  (await env.DB.prepare(
    "SELECT COUNT(*) AS revisions, (SELECT COUNT(*) FROM audit_log WHERE action = 'submission.create' AND district = ?1) AS audited FROM submissions WHERE district = ?1",
  )
    .bind(district)
    .first<{ revisions: number; audited: number }>())!;

const regionCall = (path: string, body: object) => call(path, { body, token: TOKENS.region });

describe("a submission written after the region closed the door", () => {
  it("is refused with 409 year-locked when the year is locked between its checks and its write", async () => {
    const race = dbWithWriteBetween(async () => {
      expect((await regionCall(`/api/years/${YEAR}/lock`, {})).status).toBe(200);
    });
    const res = await submitThrough(race.db, "martuk", 1, "ru");
    expect(race.ran()).toBe(true);
    expect(res.status).toBe(409);
    const envelope = await json(res);
    expect(envelope.error.code).toBe("year-locked");
    expect(envelope.error.details.year).toBe(YEAR);
    expect(envelope.error.details.lockedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(envelope.error.message).toBe(
      "Отчётность за этот учебный год закрыта. Обратитесь в областной методический центр.",
    );
    // Nothing of the revision was kept: no row, no lists, no stored body, no audit line after the lock's.
    expect(await stored("martuk")).toEqual({ revisions: 0, audited: 0 });
    const orphans = await env.DB.prepare(
      `SELECT (SELECT COUNT(*) FROM submission_figures) + (SELECT COUNT(*) FROM submission_bodies)
            + (SELECT COUNT(*) FROM submission_organizations) AS n`,
    ).first<{ n: number }>();
    expect(orphans!.n).toBe(0);

    // Reopened, the same district is stored as usual: the guard is the lock, not the wrapper.
    expect((await regionCall(`/api/years/${YEAR}/unlock`, {})).status).toBe(200);
    const again = await submitThrough(dbWithWriteBetween(async () => {}).db, "martuk", 2);
    expect(again.status).toBe(201);
    expect((await json(again)).revision).toBe(1);
  });

  it("is refused with 409 review-accepted when the region accepts the newest revision meanwhile", async () => {
    const first = await call("/api/submissions", {
      body: await sealed(await makeSubmission("kobda", 30, 3)),
      token: TOKENS.district("kobda"),
    });
    expect(first.status).toBe(201);
    const race = dbWithWriteBetween(async () => {
      const accepted = await regionCall("/api/review/kobda/accept", { year: YEAR, revision: 1 });
      expect(accepted.status).toBe(200);
    });
    const res = await submitThrough(race.db, "kobda", 4);
    expect(race.ran()).toBe(true);
    expect(res.status).toBe(409);
    const envelope = await json(res);
    expect(envelope.error.code).toBe("review-accepted");
    expect(envelope.error.details).toEqual({ district: "kobda", year: YEAR, status: "accepted" });
    // Revision 1 stays the accepted, final data.
    expect(await stored("kobda")).toEqual({ revisions: 1, audited: 1 });
    const review = await env.DB.prepare(
      "SELECT status, reviewed_revision FROM reviews WHERE district = 'kobda'",
    ).first();
    expect(review).toEqual({ status: "accepted", reviewed_revision: 1 });
  });

  it("a returned district's resubmission is not refused by the acceptance guard", async () => {
    const first = await call("/api/submissions", {
      body: await sealed(await makeSubmission("temir", 30, 5)),
      token: TOKENS.district("temir"),
    });
    expect(first.status).toBe(201);
    expect(
      (
        await regionCall("/api/review/temir/return", {
          year: YEAR,
          revision: 1,
          comment: "Санаттарды тексеріңіз",
        })
      ).status,
    ).toBe(200);
    const res = await submitThrough(dbWithWriteBetween(async () => {}).db, "temir", 6);
    expect(res.status).toBe(201);
    expect((await json(res)).revision).toBe(2);
  });
});
