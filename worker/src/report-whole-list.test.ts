// The worker's own whole-list reads (the organisations CSV, groups, trend): one D1 batch each, so a district
// that resubmits meanwhile is read wholly before or wholly after, never half.
import type { AttestationEntry, DistrictId, OrganizationSummary, ReportPage } from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../test/api.ts";
import { YEAR, makeSubmission } from "../test/fixtures.ts";
import { readOrganizationsAndAttestation, readWholeList } from "./report-whole-list.ts";

let seed = 40;
async function submit(district: DistrictId, rows = 60): Promise<void> {
  const res = await call("/api/submissions", {
    body: await sealed(await makeSubmission(district, rows, seed++)),
    token: TOKENS.district(district),
  });
  expect(res.status).toBe(201);
}

/** env.DB counting its round trips: batches, and single statements run on their own. */
function countingDb() {
  let trips = 0;
  const db = {
    prepare: (sql: string) => {
      const statement = env.DB.prepare(sql);
      const counted = (run: () => Promise<unknown>) => () => (trips++, run());
      return new Proxy(statement, {
        get(target, name) {
          if (name === "bind")
            return (...args: unknown[]) => {
              const bound = target.bind(...args);
              return new Proxy(bound, {
                get(b, n) {
                  const v = Reflect.get(b, n) as unknown;
                  return ["all", "first", "run", "raw"].includes(String(n)) && typeof v === "function"
                    ? counted(() => (v as () => Promise<unknown>).call(b))
                    : v;
                },
              });
            };
          return Reflect.get(target, name) as unknown;
        },
      });
    },
    batch: async (statements: D1PreparedStatement[]) => {
      trips++;
      return env.DB.batch(statements);
    },
  } as unknown as D1Database;
  return { db, trips: () => trips };
}

async function pagesOf<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const url: string = cursor === null ? path : `${path}&cursor=${encodeURIComponent(cursor)}`;
    const page = await json<ReportPage<T>>(await call(url, { token: TOKENS.region }));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

beforeAll(async () => {
  await seedTokens();
  await submit("alga");
  await submit("mugalzhar");
  await submit("alga");
});

describe("reading a whole list inside the worker", () => {
  it("reads every district's newest revision in one round trip, the same entries the pages give", async () => {
    const counting = countingDb();
    const read = await readWholeList<OrganizationSummary>(counting.db, "organizations", YEAR, null);
    expect(counting.trips()).toBe(1);
    expect(read.revisions).toEqual([
      { district: "alga", revision: 2 },
      { district: "mugalzhar", revision: 1 },
    ]);
    // 60-row rosters hold more than five organisations each.
    expect(read.items.length).toBeGreaterThan(10);
    expect(read.items).toEqual(
      await pagesOf<OrganizationSummary>(`/api/report/organizations?year=${YEAR}&limit=5`),
    );
  });

  it("reads the organisations and the attestation list of the same revisions in one round trip", async () => {
    const counting = countingDb();
    const both = await readOrganizationsAndAttestation(counting.db, YEAR, "alga");
    expect(counting.trips()).toBe(1);
    expect(both.organizations).toEqual(
      await pagesOf<OrganizationSummary>(`/api/report/organizations?year=${YEAR}&district=alga&limit=7`),
    );
    expect(both.attestation).toEqual(
      await pagesOf<AttestationEntry>(`/api/report/attestation?year=${YEAR}&district=alga&limit=7`),
    );
    expect(both.organizations.every((o) => o.district === "alga")).toBe(true);
  });
});
