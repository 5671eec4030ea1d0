import {
  AttestationPageSchema,
  CATEGORY_KEYS,
  DISTRICT_IDS,
  OrganizationsPageSchema,
  ReportFiguresSchema,
  mergeSummaries,
  summarise,
  summaryFigures,
  type DistrictId,
  type EncryptedSubmission,
  type PageRevision,
  type Receipt,
  type Summary,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, addToken, call, json, sealed, seedTokens } from "../../test/api.ts";
import { parseCsv } from "../../test/csv.ts";
import { makeSubmission, serverRows } from "../../test/fixtures.ts";
import { LIST_FORMAT } from "../db/list-codec.ts";
import { REPORT_CSV_COLUMNS } from "../report-csv.ts";
import { encodeCursor } from "../report-cursor.ts";

const submitted: Partial<Record<DistrictId, Receipt>> = {};
const submitFor = async (district: DistrictId, rows: number, seed: number) => {
  const body = await sealed(await makeSubmission(district, rows, seed));
  const res = await call("/api/submissions", { body, token: TOKENS.district(district) });
  expect(res.status).toBe(201);
  const receipt = await json<Receipt>(res);
  submitted[district] = receipt;
  return { body, receipt };
};

const newestBodies: Partial<Record<DistrictId, EncryptedSubmission>> = {};
const SUBMITTED = DISTRICT_IDS.slice(0, 10);

/** What the shared core makes of a district's newest roster, straight from its rows. */
const direct = (d: DistrictId): Summary =>
  summarise(serverRows(newestBodies[d]!), {
    asOf: newestBodies[d]!.asOf,
    year: newestBodies[d]!.year,
    district: d,
    present: newestBodies[d]!.columns,
  });

/** Every page of a list, following nextCursor; the pages as they came. */
async function allPages(path: string, token: string) {
  const pages: { items: unknown[]; revisions: PageRevision[]; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const sep = path.includes("?") ? "&" : "?";
    const res = await call(cursor === null ? path : `${path}${sep}cursor=${cursor}`, { token });
    expect(res.status).toBe(200);
    const page = path.startsWith("/api/report/attestation")
      ? AttestationPageSchema.parse(await json(res))
      : OrganizationsPageSchema.parse(await json(res));
    pages.push(page);
    cursor = page.nextCursor;
    if (cursor === null) break;
  }
  return pages;
}

/** A second region token for the paging tests, which make many requests (the limit counts per token). */
const PAGER = "test-region-pager";

/** The first page of a list. */
async function firstPage(path: string, token: string): Promise<{ nextCursor: string | null }> {
  const res = await call(path, { token });
  expect(res.status).toBe(200);
  return json(res);
}

beforeAll(async () => {
  await seedTokens();
  await addToken("t-region-pager", PAGER, null);
  // Ten of thirteen units submit; Alga submits twice (only its newest revision counts).
  for (const [i, d] of SUBMITTED.entries()) newestBodies[d] = (await submitFor(d, 40 + 10 * i, 500 + i)).body;
  newestBodies.alga = (await submitFor("alga", 600, 999)).body;
});

describe("GET /api/report", () => {
  it("gives each district's newest figures and the region merged, equal to the shared core's", async () => {
    const res = await call("/api/report?year=2025-2026", { token: TOKENS.region });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const report = ReportFiguresSchema.parse(await json(res));
    const expected = mergeSummaries(SUBMITTED.map(direct), { year: "2025-2026", scope: "region" });
    expect(report.region).toEqual(summaryFigures(expected));
    expect(report.region.organizations).toBe(expected.byOrganization.length);

    const rowsTotal = SUBMITTED.reduce((n, d) => n + newestBodies[d]!.rows.length, 0);
    expect(report.region.teachers).toBe(rowsTotal);
    const alga = report.districts.find((d) => d.district === "alga")!;
    expect(alga.revision).toBe(2);
    expect(alga.summary.teachers).toBe(600);
    expect(alga.summary).toEqual(summaryFigures(direct("alga")));
    const qualitative =
      report.region.byCategory.expert + report.region.byCategory.researcher + report.region.byCategory.master;
    expect(report.region.qualitativeShare).toBeCloseTo(qualitative / rowsTotal, 10);
    // Aggregates only: no list of teachers or organisations anywhere in the answer.
    expect(JSON.stringify(report)).not.toMatch(/"(attestationDue|byOrganization|fullName)"/);
  });

  it("names the units that have not submitted", async () => {
    const report = ReportFiguresSchema.parse(
      await json(await call("/api/report?year=2025-2026", { token: TOKENS.region })),
    );
    expect(report.completeness).toEqual({
      expected: 13,
      submitted: 10,
      accepted: 0,
      missing: ["khromtau", "shalkar", "yrgyz"],
    });
    expect(report.districts.map((d) => d.district)).toEqual(SUBMITTED);
  });

  it("uses the year's current targets after the region changes them", async () => {
    const targets = {
      stage: 1,
      year: "2025-2026",
      band: { min: 0.2, max: 0.3 },
      targets: { moderator: 0.1, expert: 0.1, researcher: 0.05, master: 0.05 },
    };
    const put = await call("/api/targets/2025-2026", { method: "PUT", body: targets, token: TOKENS.region });
    expect(put.status).toBe(200);
    const report = await json(await call("/api/report?year=2025-2026", { token: TOKENS.region }));
    expect(report.region.stage.categories.expert.target).toBe(0.1);
    expect(report.region.stage.total.target).toBeCloseTo(0.3, 10);
    expect(report.districts[0].summary.stage.categories.master.target).toBe(0.05);
    const got = await json(await call("/api/targets?year=2025-2026"));
    expect(got.targets).toEqual([targets]);
  });

  it("gives an empty year a report of no teachers with all 13 missing", async () => {
    const report = ReportFiguresSchema.parse(
      await json(await call("/api/report?year=2027-2028", { token: TOKENS.region })),
    );
    expect(report.region.teachers).toBe(0);
    expect(report.completeness.missing).toEqual([...DISTRICT_IDS]);
  });

  it("is for the region only", async () => {
    expect((await call("/api/report?year=2025-2026", { token: TOKENS.district("alga") })).status).toBe(403);
    expect((await call("/api/report.csv?year=2025-2026")).status).toBe(401);
  });
});

describe("GET /api/report/organizations and /api/report/attestation", () => {
  it("pages the region's organisations in district order: the pages joined are the districts' lists", async () => {
    const pages = await allPages("/api/report/organizations?year=2025-2026&limit=7", PAGER);
    const expected = SUBMITTED.flatMap((d) => direct(d).byOrganization);
    expect(expected.length).toBeGreaterThan(14);
    expect(pages.flatMap((p) => p.items)).toEqual(expected);
    expect(pages.slice(0, -1).every((p) => p.items.length === 7)).toBe(true);
    expect(pages.length).toBe(Math.ceil(expected.length / 7));
    expect(pages.at(-1)!.nextCursor).toBeNull();
    expect(pages[0]!.revisions).toEqual(
      SUBMITTED.map((d) => ({ district: d, revision: d === "alga" ? 2 : 1 })),
    );
  });

  it("pages the attestation list district by district in compareAttestation order", async () => {
    const pages = await allPages("/api/report/attestation?year=2025-2026&limit=13", PAGER);
    const expected = SUBMITTED.flatMap((d) => direct(d).attestationDue);
    expect(expected.length).toBeGreaterThan(26);
    expect(pages.flatMap((p) => p.items)).toEqual(expected);
    // One page of up to 500 by default: the region's whole list here when it is shorter.
    const first = AttestationPageSchema.parse(
      await json(await call("/api/report/attestation?year=2025-2026", { token: TOKENS.region })),
    );
    expect(expected.length).toBeGreaterThan(500);
    expect(first.items).toEqual(expected.slice(0, 500));
    expect(first.nextCursor === null).toBe(expected.length <= 500);
    const max = AttestationPageSchema.parse(
      await json(await call("/api/report/attestation?year=2025-2026&limit=1000", { token: TOKENS.region })),
    );
    expect(max.items).toEqual(expected.slice(0, 1000));
  });

  it("gives a district token its own district only", async () => {
    const token = TOKENS.district("alga");
    const own = await allPages("/api/report/attestation?year=2025-2026&limit=50", token);
    expect(own.flatMap((p) => p.items)).toEqual(direct("alga").attestationDue);
    expect(own[0]!.revisions).toEqual([{ district: "alga", revision: 2 }]);
    const named = await allPages("/api/report/organizations?year=2025-2026&district=alga&limit=1000", token);
    expect(named.flatMap((p) => p.items)).toEqual(direct("alga").byOrganization);
    const other = await call("/api/report/attestation?year=2025-2026&district=temir", { token });
    expect(other.status).toBe(403);
    expect((await json(other)).error.code).toBe("forbidden-district");
    // The region may name one district too.
    const temir = await allPages("/api/report/organizations?year=2025-2026&district=temir", TOKENS.region);
    expect(temir.flatMap((p) => p.items)).toEqual(direct("temir").byOrganization);
  });

  it("answers a cursor past the end with an empty last page", async () => {
    const cursor = encodeCursor({ year: "2025-2026", scope: "alga", district: "alga", position: 100_000 });
    const page = AttestationPageSchema.parse(
      await json(
        await call(`/api/report/attestation?year=2025-2026&cursor=${cursor}`, {
          token: TOKENS.district("alga"),
        }),
      ),
    );
    expect(page).toEqual({
      year: "2025-2026",
      revisions: [{ district: "alga", revision: 2 }],
      items: [],
      nextCursor: null,
    });
  });

  it("refuses a bad or foreign cursor and a limit out of bounds with the 400 envelope", async () => {
    const regionCursor = (await firstPage("/api/report/organizations?year=2025-2026&limit=5", PAGER))
      .nextCursor!;
    const bad = [
      "/api/report/attestation?cursor=!!!",
      "/api/report/attestation?cursor=bm90LWEtY3Vyc29y", // base64url of "not-a-cursor"
      `/api/report/attestation?cursor=${regionCursor}&district=temir`,
      `/api/report/attestation?cursor=${regionCursor}&year=2026-2027`,
      "/api/report/attestation?year=2025-2026&limit=0",
      "/api/report/attestation?year=2025-2026&limit=1001",
      "/api/report/organizations?year=2025-2026&limit=ten",
      "/api/report/organizations?year=2025-2026&page=2",
    ];
    for (const path of bad) {
      const res = await call(path, { token: TOKENS.region, headers: { "Accept-Language": "ru" } });
      expect(res.status, path).toBe(400);
      const body = await json(res);
      expect(body.error.code).toBe("invalid-input");
      expect(body.error.message).toMatch(/Данные запроса неверны/);
    }
    // A district's cursor is not the region's, and the region's is not a district's.
    const algaCursor = (
      await firstPage("/api/report/attestation?year=2025-2026&limit=5", TOKENS.district("alga"))
    ).nextCursor!;
    expect(
      (await call(`/api/report/attestation?cursor=${algaCursor}`, { token: TOKENS.region })).status,
    ).toBe(400);
    const asRegion = await call(`/api/report/organizations?cursor=${regionCursor}`, {
      token: TOKENS.district("alga"),
    });
    expect(asRegion.status).toBe(400);
    expect((await call("/api/report/attestation?year=2025-2026")).status).toBe(401);
  });

  it("names the revisions a page was read from, so a resubmission between two pages shows", async () => {
    const token = TOKENS.district("alga");
    const first = AttestationPageSchema.parse(
      await json(await call("/api/report/attestation?year=2025-2026&limit=5", { token })),
    );
    expect(first.revisions).toEqual([{ district: "alga", revision: 2 }]);
    newestBodies.alga = (await submitFor("alga", 300, 4242)).body;
    const second = AttestationPageSchema.parse(
      await json(await call(`/api/report/attestation?limit=5&cursor=${first.nextCursor}`, { token })),
    );
    expect(second.revisions).toEqual([{ district: "alga", revision: 3 }]);
    expect(second.revisions).not.toEqual(first.revisions);
    // Restarting reads the new revision from its beginning.
    const again = await allPages("/api/report/attestation?year=2025-2026&limit=1000", token);
    expect(again.flatMap((p) => p.items)).toEqual(direct("alga").attestationDue);
  });
});

describe("GET /api/report.csv", () => {
  it("opens in Excel: BOM, one row per district plus the region total, headings in the asked language", async () => {
    const res = await call("/api/report.csv?year=2025-2026", {
      token: TOKENS.region,
      headers: { "Accept-Language": "ru-RU,ru;q=0.9" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = parseCsv(text, ";");
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(lines.every((l) => l.length === REPORT_CSV_COLUMNS)).toBe(true);
    expect(lines[0]!.slice(0, 3)).toEqual(["Район / город", "Код", "Версия"]);
    expect(lines[0]).toContain("Педагог-эксперт");
    const alga = lines.find((l) => l[1] === "alga")!;
    expect(alga[0]).toBe("Алгинский район");
    expect(alga[2]).toBe(String(submitted.alga!.revision));
    expect(alga[5]).toBe(String(newestBodies.alga!.rows.length));
    const total = lines.at(-1)!;
    expect(total[0]).toBe("Область (по своим итогам)");
    // The catalogue's label, as the CLI's workbook and the add-in say it (the CSV once said «Число педагогов»).
    expect(lines[0]![5]).toBe("Количество педагогов");
    const report = await json(await call("/api/report?year=2025-2026", { token: TOKENS.region }));
    expect(Number(total[5])).toBe(report.region.teachers);
    const expertColumn = 7 + CATEGORY_KEYS.indexOf("expert");
    expect(Number(total[expertColumn])).toBe(report.region.byCategory.expert);
    const qualitative = Number(total[7 + CATEGORY_KEYS.length + 1]!.replace(",", "."));
    expect(qualitative).toBeCloseTo(Math.round(report.region.qualitativeShare * 10000) / 100, 10);
  });

  it("follows ?lang=: Kazakh by default, English with commas", async () => {
    const kk = await (await call("/api/report.csv?year=2025-2026", { token: TOKENS.region })).text();
    expect(
      kk
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0]!
        .split(";")[0],
    ).toBe("Аудан / қала");
    const en = await (await call("/api/report.csv?year=2025-2026&lang=en", { token: TOKENS.region })).text();
    const header = parseCsv(en.replace(/^\uFEFF/, ""), ",")[0]!;
    expect(header[0]).toBe("District");
    expect(header).toHaveLength(REPORT_CSV_COLUMNS);
  });
});

describe("the stored form of a revision's lists", () => {
  it("records the list format each revision was stored in, and reads its lists through it", async () => {
    const stored = await env.DB.prepare(
      `SELECT f.list_format AS format, COUNT(*) AS n FROM submission_figures f GROUP BY f.list_format`,
    ).all<{ format: number; n: number }>();
    expect(stored.results).toEqual([{ format: LIST_FORMAT, n: expect.any(Number) }]);
    const district = SUBMITTED[1]!;
    const due = await allPages(`/api/report/attestation?year=2025-2026&district=${district}&limit=7`, PAGER);
    expect(due.flatMap((p) => p.items)).toEqual(direct(district).attestationDue);
  });
});

describe("completeness with the region's review", () => {
  it("counts the districts the region accepted apart from those merely submitted", async () => {
    const completeness = async () =>
      ReportFiguresSchema.parse(
        await json(await call("/api/report?year=2025-2026", { token: TOKENS.region })),
      ).completeness;
    const review = async (district: DistrictId, action: string, body: object = {}) => {
      const res = await call(`/api/review/${district}/${action}`, {
        body: { year: "2025-2026", ...body },
        token: TOKENS.region,
      });
      expect(res.status).toBe(200);
    };
    const [first, second, third] = SUBMITTED as [DistrictId, DistrictId, DistrictId];
    // Earlier tests of this file submit more units: what counts here is that review moves accepted only.
    const before = await completeness();
    expect(before.accepted).toBe(0);
    await review(first, "accept");
    await review(second, "accept");
    await review(third, "return", { comment: "fix the dates" });
    // Returned data still counts as submitted (it is in the figures) but not as accepted.
    expect(await completeness()).toEqual({ ...before, accepted: 2 });
    await review(second, "reopen");
    expect((await completeness()).accepted).toBe(1);
    // A district submitting after its return is submitted again, not accepted.
    await submitFor(third, 30, 777);
    expect(await completeness()).toEqual({ ...before, accepted: 1 });
    await review(first, "reopen");
    expect((await completeness()).accepted).toBe(0);
  });
});
