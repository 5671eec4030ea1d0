import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DISTRICT_IDS,
  ReportFiguresSchema,
  findDistrict,
  mergeSummaries,
  readRoster,
  summarise,
  summaryFigures,
  type DistrictId,
  type AttestationEntry,
  type OrganizationSummary,
  type ReportFigures,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { writeReportWorkbook } from "./xlsx-report.ts";

const AS_OF = "2026-05-31";
const YEAR = "2025-2026";

/** A report as the worker builds it, from real rosters through the shared core (two units submitted). */
function buildReport(): ReportFigures & {
  attestationDue: AttestationEntry[];
  byOrganization: OrganizationSummary[];
} {
  const parts = (["alga", "temir"] as DistrictId[]).map((district, i) => {
    const grid = generateRoster({
      seed: 40 + i,
      rows: 80 + 20 * i,
      district,
      lang: i === 0 ? "kk" : "ru",
      messy: true,
      year: YEAR,
      asOf: AS_OF,
    });
    const read = readRoster(grid, { asOf: AS_OF });
    return {
      district,
      summary: summarise(read.teachers, { asOf: AS_OF, year: YEAR, district, present: read.present }),
    };
  });
  const region = mergeSummaries(parts.map((p) => p.summary));
  const figures = ReportFiguresSchema.parse({
    year: YEAR,
    generatedAt: "2026-05-31T12:00:00.000Z",
    region: summaryFigures(region),
    districts: parts.map((p, i) => ({
      district: p.district,
      name: findDistrict(p.district)!.name,
      revision: i + 1,
      submittedAt: `2026-05-3${i}T08:15:00.000Z`,
      summary: summaryFigures(p.summary),
    })),
    completeness: {
      expected: 13,
      submitted: 2,
      accepted: 1,
      missing: DISTRICT_IDS.filter((d) => d !== "alga" && d !== "temir"),
    },
  });
  return { ...figures, attestationDue: region.attestationDue, byOrganization: region.byOrganization };
}

let dir: string;
let report: ReturnType<typeof buildReport>;
const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-report-"));
  report = buildReport();
  for (const lang of ["kk", "ru"] as const) {
    const file = join(dir, `report-${lang}.xlsx`);
    const pulled = {
      figures: report,
      attestation: report.attestationDue,
      organizations: report.byOrganization,
    };
    await writeReportWorkbook(pulled, lang, file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    books.set(lang, book);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("report workbook", () => {
  it("has one sheet per view, named in the report's language", () => {
    expect(books.get("kk")!.worksheets.map((s) => s.name)).toEqual([
      "Облыс және аудандар",
      "Кезең айырмасы",
      "Есеп тапсыру",
      "Аттестаттау тізімі",
      "Ұйымдар",
    ]);
    expect(books.get("ru")!.worksheets.map((s) => s.name)).toEqual([
      "Область и районы",
      "Отставание по этапу",
      "Полнота сдачи",
      "Список аттестации",
      "Организации",
    ]);
  });

  it("puts the region first, then each district, with counts, and shares as percent cells", () => {
    const sheet = books.get("kk")!.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(headers[0]).toBe("Аудан / қала");
    expect(headers).toContain("Сапалық құрам");
    expect(headers).toContain("Педагог-сарапшы");
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.getCell(2, 1).value).toBe("Облыс (өз жиынтығы бойынша)");
    expect(sheet.getCell(2, 2).value).toBe(report.region.teachers);
    expect(sheet.getCell(2, col("Педагог-сарапшы")).value).toBe(report.region.byCategory.expert);
    const share = sheet.getCell(2, col("Сапалық құрам"));
    expect(share.value).toBeCloseTo(report.region.qualitativeShare, 12);
    expect(share.numFmt).toBe("0.00%");
    expect(sheet.getCell(3, 1).value).toBe("Алға ауданы");
    expect(sheet.getCell(4, 1).value).toBe("Темір ауданы");
    expect(sheet.getCell(3, 2).value).toBe(80);
    expect(sheet.getCell(4, 2).value).toBe(100);
    expect(sheet.rowCount).toBe(4);
  });

  it("formats every sheet for reading: bold frozen header, filter, widths", () => {
    for (const sheet of books.get("kk")!.worksheets) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(12);
    }
  });

  it("lists target, actual, gap and teachers needed per unit and category", () => {
    const sheet = books.get("ru")!.worksheets[1]!;
    // Region and two districts, four categories and the band total each.
    expect(sheet.rowCount).toBe(1 + 3 * 5);
    const row = sheet.getRow(2).values as unknown[];
    const moderator = report.region.stage.categories!.moderator;
    expect(row.slice(1, 4)).toEqual(["Область (по своим итогам)", "1 этап", "Педагог-модератор"]);
    expect(row[5]).toBe(moderator.target);
    expect(row[6]).toBe(moderator.awarded);
    expect(row[7]).toBeCloseTo(moderator.actual, 12);
    expect(row[8]).toBeCloseTo(moderator.gapPp, 12);
    expect(row[9]).toBe(moderator.teachersNeeded);
    expect(sheet.getCell("E2").numFmt).toContain("%");
    const total = sheet.getRow(6).values as unknown[];
    expect(String(total[3])).toBe("Все категории (Целевой диапазон 10–15%)");
    expect(total[9]).toBe(report.region.stage.total!.teachersNeeded);
  });

  it("names every unit as submitted or missing, counts the accepted, and lists attestation due with real dates", () => {
    const completeness = books.get("kk")!.worksheets[2]!;
    expect(completeness.rowCount).toBe(1 + 13 + 2);
    expect(completeness.getCell(15, 1).value).toBe("Тапсырғандар: 2 / 13");
    expect(completeness.getCell(16, 1).value).toBe("Облыс қабылдағандар: 1 / 13");
    const status = new Map<string, string>();
    for (let r = 2; r <= 14; r++)
      status.set(String(completeness.getCell(r, 1).value), String(completeness.getCell(r, 2).value));
    // One unit's status, singular.
    expect(status.get("Алға ауданы")).toBe("Тапсырған");
    expect(status.get("Ырғыз ауданы")).toBe("Тапсырмаған");
    expect([...status.values()].filter((s) => s === "Тапсырмаған")).toHaveLength(11);

    const attestation = books.get("kk")!.worksheets[3]!;
    expect(report.attestationDue.length).toBeGreaterThan(0);
    expect(attestation.rowCount).toBe(1 + report.attestationDue.length);
    const first = report.attestationDue[0]!;
    expect(attestation.getCell("A2").value).toBe(first.year);
    expect(attestation.getCell("D2").value).toBe(first.fullName);
    const expires = attestation.getCell("G2");
    expect(expires.value).toBeInstanceOf(Date);
    expect((expires.value as Date).toISOString().slice(0, 10)).toBe(first.expires);
    expect(expires.numFmt).toBe("dd.mm.yyyy");
  });

  it("lists every organisation by district, with its figures, the teachers still needed and the flag", () => {
    const sheet = books.get("ru")!.worksheets[4]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(headers.slice(0, 3)).toEqual(["Дошкольная организация", "Район / город", "Количество педагогов"]);
    const orgs = report.byOrganization;
    expect(orgs.length).toBeGreaterThan(2);
    expect(sheet.rowCount).toBe(1 + orgs.length);
    const col = (name: string) => headers.indexOf(name) + 1;
    const rows = Array.from({ length: orgs.length }, (_, i) => sheet.getRow(i + 2));
    // Alga's organisations first (region order), then Temir's; every teacher counted once.
    const districts = rows.map((r) => r.getCell(2).value);
    expect(districts.lastIndexOf("Алгинский район")).toBeLessThan(districts.indexOf("Темирский район"));
    expect(rows.reduce((n, r) => n + Number(r.getCell(3).value), 0)).toBe(180);
    const org = orgs.find((o) => o.district === "temir")!;
    const row = rows.find(
      (r) => r.getCell(1).value === org.name && r.getCell(2).value === "Темирский район",
    )!;
    const share = row.getCell(col("Качественный состав"));
    expect(share.value).toBeCloseTo(org.qualitativeShare, 12);
    expect(share.numFmt).toBe("0.00%");
    expect(row.getCell(col("Педагог-эксперт")).value).toBe(org.byCategory.expert);
    const flagged = rows.filter(
      (r) => r.getCell(col("Нет педагогов категории эксперт и выше")).value === "да",
    );
    expect(flagged).toHaveLength(
      orgs.filter((o) => o.byCategory.expert + o.byCategory.researcher + o.byCategory.master === 0).length,
    );
    const due = rows.reduce(
      (n, r) => n + Number(r.getCell(col("Список педагогов, подлежащих аттестации")).value),
      0,
    );
    expect(due).toBe(report.attestationDue.length);
  });
});
