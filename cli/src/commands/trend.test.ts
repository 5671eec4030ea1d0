import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import {
  NO_CHART_NOTE,
  mergeTrend,
  trendSheet,
  type CategoryKey,
  type DistrictId,
  type TrendSource,
} from "@sapa/shared";
import { run } from "../main.ts";
import { writeSheetsFile } from "../report-workbook.ts";
import { formatTrend } from "./trend.ts";
import { secondDemoYear } from "./demo.ts";

const KEYS = [
  "none",
  "trainee",
  "pedagog",
  "moderator",
  "expert",
  "researcher",
  "master",
  "legacy-higher",
  "legacy-first",
  "legacy-second",
  "unknown",
] as const;
const counts = (c: Partial<Record<CategoryKey, number>>) =>
  ({ ...Object.fromEntries(KEYS.map((k) => [k, 0])), ...c }) as Record<CategoryKey | "unknown", number>;
const source = (
  district: DistrictId,
  asOf: string,
  teachers: number,
  stock: Partial<Record<CategoryKey, number>>,
  awarded: Partial<Record<CategoryKey, number>>,
): TrendSource => ({
  district,
  revision: 1,
  summary: { asOf, teachers, byCategory: counts(stock), awardedInYear: counts(awarded) },
});

// 2025-2026: Temir and Alga, 43 of 400 awarded; 2026-2027: Alga only, 49 of 310; 2027-2028: no data.
const trend = mergeTrend({
  "2025-2026": [
    source(
      "temir",
      "2026-05-20",
      100,
      { expert: 12, researcher: 3 },
      { moderator: 5, expert: 4, researcher: 1 },
    ),
    source(
      "alga",
      "2026-05-31",
      300,
      { expert: 40, researcher: 12 },
      { moderator: 20, expert: 10, researcher: 3 },
    ),
  ],
  "2026-2027": [
    source(
      "alga",
      "2027-05-31",
      310,
      { expert: 55, researcher: 18, master: 1 },
      { moderator: 15, expert: 25, researcher: 8, master: 1 },
    ),
  ],
});

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("sapa trend", () => {
  it("prints per year the region and the units with data, a year without data left blank", () => {
    const text = formatTrend(trend, "ru");
    const lines = text.split("\n");
    expect(text).toContain("Этапы плана по годам");
    // Region ×3 years, Alga ×3, Temir ×3; units with no data in any year are left out.
    expect(lines.filter((l) => l.startsWith("Область (по своим итогам)"))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith("Алгинский район"))).toHaveLength(3);
    expect(lines.some((l) => l.startsWith("Иргизский район"))).toBe(false);
    const region = lines.filter((l) => l.startsWith("Область (по своим итогам)"));
    expect(region[0]).toMatch(
      /2025-2026\s+400\s+15,01%\s+10,75%\s+\+4,26 п\.п\.\s+18\s+в диапазоне\s+16,75%/,
    );
    expect(region[1]).toMatch(/2026-2027\s+310\s+20,02%\s+15,81%/);
    expect(region[2]!.replace(/\s+$/, "")).toMatch(/2027-2028$/);
    const temir = lines.filter((l) => l.startsWith("Темирский район"));
    expect(temir[1]!.replace(/\s+$/, "")).toMatch(/2026-2027$/);
  });

  it("prints the region's other plan indicators against its targets, 'no data' where no roster had the column", () => {
    const indicator = (count: number, covered: number) => ({ count, covered });
    const alga = source("alga", "2027-05-31", 300, {}, {});
    const withIndicators = mergeTrend(
      {
        "2026-2027": [
          {
            ...alga,
            summary: {
              ...alga.summary,
              coursesByYear: {
                "2026": indicator(130, 300),
                "2027": indicator(95, 300),
                "2028": indicator(0, 300),
              },
              internshipsByYear: {},
              eventParticipation: indicator(180, 250),
            },
          },
        ],
      },
      {
        indicatorTargets: {
          courses: { "2026": 200, "2027": 90 },
          internships: { "2026": 4 },
          eventParticipation: 0.8,
        },
      },
    );
    const lines = formatTrend(withIndicators, "ru").split("\n");
    expect(lines).toContain(
      "Другие показатели плана — Последний учебный год с данными: 2026-2027, Отправили: 1",
    );
    // The region's targets: 130 of 200 in 2026 (70 left), 95 of 90 in 2027 (none left, never below 0).
    expect(lines.find((l) => l.startsWith("Прошли курсы"))).toMatch(/\s130\s+200\s+70\s+95\s+90\s+0$/);
    expect(lines.find((l) => l.startsWith("Прошли стажировку"))).toMatch(/\sнет данных\s+4$/);
    // 80% of the 250 teachers with data is 200: 20 more than the 180 who took part.
    expect(lines.find((l) => l.startsWith("Участвовали"))).toMatch(/\s180\s+250\s+72,00%\s+80,00%\s+20$/);
    // Without any data, no indicators block.
    expect(formatTrend(mergeTrend({}), "ru")).not.toContain("Другие показатели плана");
  });

  it("writes the pane's trend sheet to .xlsx: a note for the chart, empty cells (not 0) where no data", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sapa-trend-"));
    dirs.push(dir);
    const file = join(dir, "trend.xlsx");
    await writeSheetsFile(file, [trendSheet(trend, { lang: "kk" })]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Sapa — кезеңдер"]);
    const sheet = book.worksheets[0]!;
    // The chart's block (band and the region's actual per year), the note in the chart's place.
    expect(sheet.getCell("A4").value).toBe("2025-2026");
    expect(sheet.getCell("A8").value).toBe(NO_CHART_NOTE.kk);
    const header = 25; // title, blank, chart block (4), blank + 16 chart rows, blank
    // Then the plan's other indicators (8 rows): none of these rosters had their columns, so "no data".
    expect(sheet.rowCount).toBe(header + 3 * 14 + 8);
    expect(sheet.getCell(`B${header + 3 * 14 + 4}`).value).toBe("деректер жоқ");
    const headers = (sheet.getRow(header).values as unknown[]).slice(1) as string[];
    const col = (name: string) => headers.indexOf(name) + 1;
    const region = sheet.getRow(header + 1);
    expect(region.getCell(1).value).toBe("Облыс (өз жиынтығы бойынша)");
    expect(region.getCell(col("Оқу жылы")).value).toBe("2025-2026");
    expect(region.getCell(col("Педагогтер саны")).value).toBe(400);
    const qualitative = region.getCell(col("Сапалық құрам"));
    expect(qualitative.value).toBeCloseTo(67 / 400, 12);
    expect(qualitative.numFmt).toBe("0.00%");
    // The region in 2027-2028 (28 rows on): its year, no figure.
    const empty = sheet.getRow(header + 29);
    expect(empty.getCell(1).value).toBe("Облыс (өз жиынтығы бойынша)");
    expect(empty.getCell(col("Оқу жылы")).value).toBe("2027-2028");
    expect(empty.getCell(col("Педагогтер саны")).value).toBeNull();
    expect(empty.getCell(col("Сапалық құрам")).value).toBeNull();
  });

  it("refuses --csv with --xlsx, and a --csv or --xlsx name of the other kind, before calling the server", async () => {
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), env: {}, cwd: "/tmp" };
    expect(await run(["trend", "--csv", "a.csv", "--xlsx", "a.xlsx", "--lang", "en"], io)).toBe(2);
    expect(out.join("\n")).toContain("--csv and --xlsx cannot be combined");
    expect(await run(["trend", "--csv", "a.txt", "--lang", "en"], io)).toBe(2);
    expect(out.join("\n")).toContain("must end in .csv");
    // The refusal names the option the user gave, not report's --out.
    out.length = 0;
    expect(await run(["trend", "--xlsx", "trend.csv", "--lang", "en"], io)).toBe(2);
    expect(out.join("\n")).toBe("The --xlsx file name must end in .xlsx: trend.csv.");
    out.length = 0;
    expect(await run(["trend", "--help", "--lang", "ru"], io)).toBe(0);
    expect(out.join("\n")).toContain("без диаграммы");
    // The help names the plan's other indicators, and that the CSV leaves them out.
    expect(out.join("\n")).toContain("курсы, стажировки, участие в мероприятиях");
    expect(out.join("\n")).toContain("CSV — только таблица этапов");
  });

  it("gives the demo a second plan year beside today's", () => {
    expect(secondDemoYear("2025-2026")).toBe("2026-2027");
    expect(secondDemoYear("2026-2027")).toBe("2025-2026");
    expect(secondDemoYear("2027-2028")).toBe("2026-2027");
    expect(secondDemoYear("2030-2031")).toBe("2027-2028");
  });
});
