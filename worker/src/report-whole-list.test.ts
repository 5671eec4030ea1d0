// The worker's own whole-list reads (the organisations CSV, groups, trend) while a district resubmits:
// D1 is wrapped so that a resubmission lands between two reads, as it can between two requests' statements.
import type { AttestationEntry, DistrictId, OrganizationSummary } from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, sealed, seedTokens } from "../test/api.ts";
import { YEAR, makeSubmission } from "../test/fixtures.ts";
import { ApiError, errorBody } from "./errors.ts";
import { readOrganizationsAndAttestation, readWholeList } from "./report-whole-list.ts";

let seed = 40;
async function submit(district: DistrictId, rows = 60): Promise<void> {
  const res = await call("/api/submissions", {
    body: await sealed(await makeSubmission(district, rows, seed++)),
    token: TOKENS.district(district),
  });
  expect(res.status).toBe(201);
}

/** env.DB, but before each batch whose number `when` picks, `meanwhile` runs first (a district resubmits). */
function racingDb(when: (batch: number) => boolean, meanwhile: () => Promise<void>) {
  let batches = 0;
  const db = {
    prepare: (sql: string) => env.DB.prepare(sql),
    batch: async (statements: D1PreparedStatement[]) => {
      batches++;
      if (when(batches)) await meanwhile();
      return env.DB.batch(statements);
    },
  } as unknown as D1Database;
  return { db, batches: () => batches };
}

beforeAll(async () => {
  await seedTokens();
  await submit("alga");
  await submit("mugalzhar");
});

describe("reading a whole list inside the worker", () => {
  it("starts again when a district resubmits between two pages, and gives one revision per district", async () => {
    const race = racingDb(
      (n) => n === 2,
      () => submit("alga"),
    );
    const read = await readWholeList<OrganizationSummary>(race.db, "organizations", YEAR, null, 5);
    const settled = await readWholeList<OrganizationSummary>(env.DB, "organizations", YEAR, null, 5);
    expect(read.revisions).toEqual([
      { district: "alga", revision: 2 },
      { district: "mugalzhar", revision: 1 },
    ]);
    expect(read).toEqual(settled);
    // 60-row rosters hold more than five organisations each: several pages, read twice over.
    expect(read.items.length).toBeGreaterThan(10);
    expect(race.batches()).toBeGreaterThan(Math.ceil(read.items.length / 5));
  });

  it("reads the organisations and the attestation list of the same revisions, again if one came in between", async () => {
    const race = racingDb(
      (n) => n === 2,
      () => submit("mugalzhar"),
    );
    const both = await readOrganizationsAndAttestation(race.db, YEAR, null);
    const organizations = await readWholeList<OrganizationSummary>(env.DB, "organizations", YEAR, null);
    const attestation = await readWholeList<AttestationEntry>(env.DB, "attestation", YEAR, null);
    expect(organizations.revisions).toContainEqual({ district: "mugalzhar", revision: 2 });
    expect(both).toEqual({ organizations: organizations.items, attestation: attestation.items });
  });

  it("answers 409 report-changing, in the caller's language, when districts keep resubmitting", async () => {
    const race = racingDb(
      (n) => n % 2 === 0,
      () => submit("alga", 20),
    );
    const error = await readWholeList(race.db, "organizations", YEAR, null, 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect(errorBody((error as ApiError).code, "ru", (error as ApiError).details).error).toEqual({
      code: "report-changing",
      message: "Пока список читался, районы 4 раз(а) отправили данные заново. Повторите немного позже.",
      details: { times: 4 },
    });
  });
});
