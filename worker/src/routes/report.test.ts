import {
  CATEGORY_KEYS,
  DISTRICT_IDS,
  ReportSchema,
  fromSubmissionRows,
  mergeSummaries,
  summarise,
  type DistrictId,
  type Receipt,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, seedTokens } from "../../test/api.ts";
import { makeSubmission } from "../../test/fixtures.ts";
import { newestSummaries } from "../db/submissions.ts";
import { targetsTable } from "../db/targets.ts";
import { buildReport } from "../report.ts";
import { REPORT_CSV_COLUMNS } from "../report-csv.ts";

const submitted: Partial<Record<DistrictId, Receipt>> = {};
const submitFor = async (district: DistrictId, rows: number, seed: number) => {
  const body = await makeSubmission(district, rows, seed);
  const res = await call("/api/submissions", { body, token: TOKENS.district(district) });
  expect(res.status).toBe(201);
  const receipt = await json<Receipt>(res);
  submitted[district] = receipt;
  return { body, receipt };
};

/** Splits CSV text (quoted fields, CRLF lines) into rows of fields. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const newestBodies: Partial<Record<DistrictId, Awaited<ReturnType<typeof makeSubmission>>>> = {};

beforeAll(async () => {
  await seedTokens();
  // Ten of thirteen units submit; Alga submits twice (only its newest revision counts).
  for (const [i, d] of DISTRICT_IDS.slice(0, 10).entries())
    newestBodies[d] = (await submitFor(d, 40 + 10 * i, 500 + i)).body;
  newestBodies.alga = (await submitFor("alga", 77, 999)).body;
});

describe("GET /api/report", () => {
  it("merges each district's newest revision and equals summarise over the union of their rows", async () => {
    const res = await call("/api/report?year=2025-2026", { token: TOKENS.region });
    expect(res.status).toBe(200);
    const report = ReportSchema.parse(await json(res));
    const newest = DISTRICT_IDS.slice(0, 10).map((d) => submitted[d]!.summary);
    const expected = mergeSummaries(newest, { year: "2025-2026" });
    // The attestation list is given once, at the top level; the summaries inside carry it empty.
    expect(report.region).toEqual({ ...expected, attestationDue: [] });
    expect(report.attestationDue).toEqual(expected.attestationDue);
    expect(report.attestationDue.length).toBeGreaterThan(0);

    // The same figures straight from the rows: the report's teachers are the sum of newest rosters.
    const rowsTotal = DISTRICT_IDS.slice(0, 10).reduce((n, d) => n + newestBodies[d]!.rows.length, 0);
    expect(report.region.teachers).toBe(rowsTotal);
    const alga = report.districts.find((d) => d.district === "alga")!;
    expect(alga.revision).toBe(2);
    expect(alga.summary.teachers).toBe(77);
    const direct = summarise(fromSubmissionRows(newestBodies.alga!.rows), {
      asOf: "2025-12-01",
      year: "2025-2026",
      district: "alga",
      present: newestBodies.alga!.columns,
    });
    expect(alga.summary).toEqual({ ...direct, attestationDue: [] });
    expect(report.attestationDue.filter((e) => e.district === "alga")).toEqual(direct.attestationDue);
    const qualitative =
      report.region.byCategory.expert + report.region.byCategory.researcher + report.region.byCategory.master;
    expect(report.region.qualitativeShare).toBeCloseTo(qualitative / rowsTotal, 10);
  });

  it("names the units that have not submitted and lists attestation due across districts", async () => {
    const report = await json(await call("/api/report?year=2025-2026", { token: TOKENS.region }));
    expect(report.completeness).toEqual({
      expected: 13,
      submitted: 10,
      missing: ["khromtau", "shalkar", "yrgyz"],
    });
    expect(report.districts.map((d: { district: string }) => d.district)).toEqual(DISTRICT_IDS.slice(0, 10));
    const dueDistricts = new Set(report.attestationDue.map((e: { district: string }) => e.district));
    expect(dueDistricts.size).toBeGreaterThan(5);
    expect(report.region.attestationDue).toEqual([]);
    const dueByYear = report.region.attestationDueByYear as Record<string, number>;
    const inPlan = report.attestationDue.filter((e: { year: string }) => e.year in dueByYear).length;
    expect(inPlan).toBe(Object.values(dueByYear).reduce((a, b) => a + b, 0));
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

  it("answers the text of buildReport, also for revisions stored before summary layouts and gzip copies", async () => {
    const stored = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM submissions WHERE year = '2025-2026' AND summary_layout IS NOT NULL",
    ).first<{ n: number }>();
    expect(stored!.n).toBe(11);
    const zipped = await env.DB.prepare(
      "SELECT COUNT(DISTINCT submission_id) AS n FROM submission_summary_gz",
    ).first<{ n: number }>();
    expect(zipped!.n).toBeGreaterThanOrEqual(11);
    // As if stored before migrations 0002 (no layout: alga, temir) and 0003 (no gzip copy: alga, kobda).
    await env.DB.prepare(
      "UPDATE submissions SET summary_layout = NULL WHERE year = '2025-2026' AND district IN ('alga', 'temir')",
    ).run();
    await env.DB.prepare(
      `DELETE FROM submission_summary_gz WHERE submission_id IN
         (SELECT id FROM submissions WHERE year = '2025-2026' AND district IN ('alga', 'kobda'))`,
    ).run();
    const res = await call("/api/report?year=2025-2026", { token: TOKENS.region });
    expect(res.headers.get("Content-Type")).toBe("application/json");
    const text = await res.text();
    const { generatedAt } = JSON.parse(text) as { generatedAt: string };
    const expected = buildReport(
      "2025-2026",
      await newestSummaries(env.DB, "2025-2026"),
      await targetsTable(env.DB),
      new Date(generatedAt),
    );
    expect(text).toBe(JSON.stringify(expected));
    expect(expected.districts).toHaveLength(10);
  });

  it("gives an empty year a report of no teachers with all 13 missing", async () => {
    const report = ReportSchema.parse(
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
    expect(alga[2]).toBe("2");
    expect(alga[5]).toBe("77");
    const total = lines.at(-1)!;
    expect(total[0]).toBe("По области");
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
