import { describe, expect, it } from "vitest";
import { generateRoster } from "../../sample/roster.ts";
import { sampleReport } from "../../sample/report.ts";
import { summarise } from "../figures/summary.ts";
import { label } from "../i18n/labels.ts";
import { readRoster } from "../roster/roster.ts";
import { serialFromIso } from "../roster/dates.ts";
import type { Receipt } from "../api/schemas.ts";
import { SHEET_COLORS, describedRange, describedRow, type SheetDescription } from "./description.ts";
import { regionSummarySheet, summarySheet } from "./summary-sheets.ts";

const ASOF = "2026-05-31";

function summary400() {
  const grid = generateRoster({ seed: 11, rows: 400, lang: "kk", messy: true });
  const checked = readRoster(grid, { asOf: ASOF });
  return summarise(checked.teachers, { asOf: ASOF, present: checked.present });
}

const value = (d: SheetDescription, address: string) => describedRange(d, address).values[0]![0];
const format = (d: SheetDescription, address: string) => describedRange(d, address).formats[0]![0];

describe("summarySheet", () => {
  const summary = summary400();

  it("describes the figures as tables, with real numbers, dates and percent formats", () => {
    const d = summarySheet(summary, { lang: "kk" });
    expect(d.name).toBe("Sapa — қорытынды");
    expect(d.key).toBe("summary");
    expect(d.width).toBe(8);
    expect(value(d, "A1")).toBe("Sapa — қорытынды");
    expect(d.rows[0]!.style).toBe("title");
    const at = (text: string, col = "B") => value(d, `${col}${describedRow(d, text)}`);
    expect(at(label("teachers", "kk"))).toBe(400);
    expect(at(label("organizations", "kk"))).toBe(summary.organizations);
    expect(at(label("qualitativeShare", "kk"))).toBe(summary.qualitativeShare);
    expect(format(d, `B${describedRow(d, label("qualitativeShare", "kk"))}`)).toBe("0.00%");
    expect(at(label("category.expert", "kk"))).toBe(summary.byCategory.expert);
    expect(at(label("education.higher", "kk"))).toBe(summary.byEducation.higher);
    expect(at("2026-2027")).toBe(summary.attestationDueByYear["2026-2027"]);
    expect(at(label("attestationOverdue", "kk"))).toBe(summary.attestationOverdue);
    // The sample roster keeps the optional columns: the plan's indicators are described too.
    expect(at(`${label("courses", "kk")} 2026`)).toBe(summary.coursesByYear["2026"]!.count);
    const events = describedRow(d, label("eventParticipation", "kk"));
    expect(describedRange(d, `B${events}:D${events}`).values[0]).toEqual([
      summary.eventParticipation.count,
      400,
      summary.eventParticipation.count / 400,
    ]);
    // The report date is a real date cell: 31.05.2026.
    const asOf = describedRow(d, label("asOf", "kk"));
    expect(value(d, `B${asOf}`)).toBe(46173);
    expect(format(d, `B${asOf}`)).toBe("dd.mm.yyyy");
    // One row per organisation, last on the sheet.
    const orgHeader = describedRow(d, label("organization", "kk"));
    const org = summary.byOrganization[0]!;
    expect(describedRange(d, `A${orgHeader + 1}:B${orgHeader + 1}`).values).toEqual([
      [org.name, org.teachers],
    ]);
    expect(d.rows.length).toBe(orgHeader + summary.byOrganization.length);
    expect(d.rows[orgHeader - 1]!.style).toBe("header");
    expect(d.freezeRows).toBe(0);
  });

  it("colours each stage gap red behind the target and green on it, and charts target against actual", () => {
    const d = summarySheet(summary, { lang: "ru" });
    expect(d.name).toBe("Sapa — итоги");
    const moderatorRow = describedRow(d, label("field.category", "ru")) + 1;
    const categories = summary.stage.categories!;
    const lines = (["moderator", "expert", "researcher", "master"] as const).map((k, i) => ({
      row: moderatorRow + i,
      line: categories[k],
    }));
    for (const { row, line } of lines) {
      // A target under half a teacher at the district's size is the region's to meet: said in words, not 0.
      const needed = line.regionalTarget ? label("regionalTarget", "ru") : line.teachersNeeded;
      expect(describedRange(d, `B${row}:F${row}`)).toEqual({
        values: [[line.target, line.actual, line.gapPp, line.awarded, needed]],
        formats: [["0.00%", "0.00%", "+0.00;-0.00;0.00", "#,##0", line.regionalTarget ? "@" : "#,##0"]],
      });
      const color = d.colors.find((c) => c.row === row && c.column === 4)!;
      expect(color.fill).toBe(line.gapPp > 0 ? SHEET_COLORS.behind.fill : SHEET_COLORS.onTarget.fill);
    }
    expect(lines.some(({ line }) => line.gapPp > 0)).toBe(true);
    // The master target (0.01%) of this district's teachers is under half a teacher.
    expect(categories.master.regionalTarget).toBe(true);
    // The band total's gap is coloured too: five coloured cells, all in column D.
    expect(d.colors.map((c) => c.column)).toEqual([4, 4, 4, 4, 4]);
    expect(d.chart).toMatchObject({
      type: "column",
      source: { row: moderatorRow - 1, column: 1, rows: 5, columns: 3 },
      at: { row: 2, column: 10 },
    });
    expect(d.chart!.title).toBe(`${label("target", "ru")} / ${label("actual", "ru")}, 2025-2026`);
    expect(describedRange(d, `B${moderatorRow - 1}:C${moderatorRow - 1}`).values).toEqual([
      [label("target", "ru"), label("actual", "ru")],
    ]);
  });

  it("outside the plan's years has no stage table, gaps or chart", () => {
    const grid = generateRoster({ seed: 4, rows: 60, lang: "ru" });
    const checked = readRoster(grid, { asOf: ASOF });
    const later = summarise(checked.teachers, { asOf: ASOF, year: "2030-2031", present: checked.present });
    const d = summarySheet(later, { lang: "ru" });
    expect(describedRow(d, label("noStage", "ru"))).toBeGreaterThan(1);
    expect(d.chart).toBeNull();
    expect(d.colors).toEqual([]);
  });

  it("a unit with no teacher in a year of the plan says so, not that the plan sets no targets", () => {
    // A group none of whose organisations sent data for the year: the year has its stage and band.
    const empty = summarise([], { asOf: ASOF, year: "2025-2026", present: [] });
    const d = summarySheet(empty, { lang: "ru" });
    expect(describedRow(d, label("noStageTeachers", "ru"))).toBeGreaterThan(1);
    expect(describedRow(d, label("noStage", "ru"))).toBe(0);
    expect(d.chart).toBeNull();
  });

  it("shows the receipt line, its time a real date-time in Aktobe time, when given", () => {
    const receipt: Receipt = {
      id: "r-1",
      district: "alga",
      year: "2025-2026",
      revision: 3,
      receivedAt: "2026-05-31T09:15:00.000Z",
      summary,
    };
    const d = summarySheet(summary, { lang: "kk", receipt });
    const row = describedRow(d, label("revision", "kk"));
    // 09:15 UTC is 14:15 in Aktobe.
    expect(describedRange(d, `A${row}:F${row}`)).toEqual({
      values: [
        [
          label("revision", "kk"),
          3,
          label("submittedAt", "kk"),
          46173 + 14.25 / 24,
          label("receiptId", "kk"),
          "r-1",
        ],
      ],
      formats: [["General", "#,##0", "@", "dd.mm.yyyy hh:mm", "@", "@"]],
    });
    expect(describedRow(summarySheet(summary, { lang: "kk" }), label("revision", "kk"))).toBe(0);
  });
});

describe("regionSummarySheet", () => {
  const { figures } = sampleReport();

  it("gives the region's figures in the summary's layout, under when (Aktobe time) and how complete", () => {
    const d = regionSummarySheet(figures, "ru");
    expect(d.key).toBe("regionSummary");
    expect(d.name).toBe("Sapa — итоги");
    const generated = describedRow(d, label("generatedAt", "ru"));
    // 10:00 UTC on 1 June is 15:00 in Aktobe: a date-time value, never ISO text.
    expect(describedRange(d, `B${generated}`)).toEqual({
      values: [[serialFromIso("2026-06-01")! + 15 / 24]],
      formats: [["dd.mm.yyyy hh:mm"]],
    });
    expect(value(d, `B${describedRow(d, label("teachers", "ru"))}`)).toBe(500);
    expect(value(d, `B${describedRow(d, label("submitted", "ru"))}`)).toBe(3);
    expect(value(d, `B${describedRow(d, label("missing", "ru"))}`)).toBe(10);
    expect(d.chart?.type).toBe("column");
    // The organisations have their own sheet.
    expect(describedRow(d, label("organization", "ru"))).toBe(0);
  });
});
