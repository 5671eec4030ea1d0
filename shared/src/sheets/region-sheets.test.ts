import { describe, expect, it } from "vitest";
import { SAMPLE_UNITS, sampleReport } from "../../sample/report.ts";
import { label } from "../i18n/labels.ts";
import { DISTRICTS } from "../plan/districts.ts";
import { serialFromIso } from "../roster/dates.ts";
import { SHEET_COLORS, describedRange, describedRow } from "./description.ts";
import { attestationSheet, districtsSheet } from "./region-sheets.ts";

const report = sampleReport();
const { figures } = report;
const CATEGORIES = ["moderator", "expert", "researcher", "master"] as const;

describe("districtsSheet", () => {
  it("has one row per district and the region's own row, with the report's own figures", () => {
    const d = districtsSheet(figures, "ru");
    expect(d.name).toBe("Sapa — область");
    const regionRow = describedRow(d, label("regionOnTotals", "ru"));
    const r = figures.region;
    const lines = r.stage.categories!;
    const legacy =
      r.byCategory["legacy-higher"] + r.byCategory["legacy-first"] + r.byCategory["legacy-second"];
    expect(describedRange(d, `A${regionRow}:U${regionRow}`).values[0]).toEqual([
      label("regionOnTotals", "ru"),
      null,
      null,
      r.teachers,
      r.organizations,
      r.byCategory.moderator,
      r.byCategory.expert,
      r.byCategory.researcher,
      r.byCategory.master,
      legacy,
      r.qualitativeShare,
      ...CATEGORIES.map((k) => lines[k].gapPp),
      ...CATEGORIES.map((k) => lines[k].teachersNeeded),
      r.stage.total!.teachersNeeded,
      label("bandBelow", "ru"),
    ]);
    expect(r.teachers).toBe(500);
    // The region on its own totals: its master target of 0.05 of a teacher is still asked (ceil: 1), and
    // its "all categories" row is the sum of its category rows (12 + 13 + 9 + 1), not of the districts'.
    expect(CATEGORIES.map((k) => lines[k].teachersNeeded)).toEqual([12, 13, 9, 1]);
    expect(r.stage.total!.teachersNeeded).toBe(35);
    // Its own figures, not a total of the rows above: not styled as one.
    expect(d.rows[regionRow - 1]!.style).toBeUndefined();

    const alga = figures.districts.find((x) => x.district === "alga")!;
    const algaRow = describedRow(d, "Алгинский район");
    // Sent at 08:00 UTC on 30 May: 13:00 in Aktobe, a date-time value.
    expect(describedRange(d, `B${algaRow}:G${algaRow}`)).toEqual({
      values: [
        [
          alga.revision,
          serialFromIso("2026-05-30")! + 13 / 24,
          120,
          alga.summary.organizations,
          alga.summary.byCategory.moderator,
          alga.summary.byCategory.expert,
        ],
      ],
      formats: [["#,##0", "dd.mm.yyyy hh:mm", "#,##0", "#,##0", "#,##0", "#,##0"]],
    });
    expect(describedRange(d, `K${algaRow}`).formats).toEqual([["0.00%"]]);

    // 13 rows in the region's order right under the frozen header, then the region.
    const header = describedRow(d, label("district", "ru"));
    expect(describedRange(d, `A${header + 1}:A${header + 13}`).values.flat()).toEqual(
      DISTRICTS.map((x) => x.name.ru),
    );
    expect(regionRow).toBe(header + 14);
    expect(d.freezeRows).toBe(header);
    // When the report was made: Aktobe time, a date-time value.
    expect(describedRange(d, "A3:B3")).toEqual({
      values: [[label("generatedAt", "ru"), serialFromIso("2026-06-01")! + 15 / 24]],
      formats: [["General", "dd.mm.yyyy hh:mm"]],
    });
  });

  it("marks the districts that have not submitted and counts completeness per unit", () => {
    const d = districtsSheet(figures, "kk");
    const temir = describedRow(d, "Темір ауданы");
    expect(describedRange(d, `B${temir}:D${temir}`).values[0]).toEqual([
      label("unitMissing", "kk"),
      null,
      null,
    ]);
    expect(d.rows[temir - 1]!.style).toBe("missing");
    const submitted = describedRow(d, `${label("submitted", "kk")}: 3 / 13`);
    expect(submitted).toBeGreaterThan(temir);
    expect(describedRange(d, `A${submitted + 1}`).values).toEqual([[`${label("accepted", "kk")}: 1 / 13`]]);
    // Each unit once in completeness: submitted or not.
    const statuses = describedRange(d, `B${submitted - 13}:B${submitted - 1}`).values.flat();
    expect(statuses.filter((s) => s === label("unitMissing", "kk"))).toHaveLength(10);
    expect(statuses.filter((s) => s === label("unitSubmitted", "kk"))).toHaveLength(3);
  });

  it("colours each stage gap red when behind and green when reached; none for units without data", () => {
    const d = districtsSheet(figures, "kk");
    const header = describedRow(d, label("district", "kk"));
    const entries = [
      ...DISTRICTS.map((x, i) => ({
        row: header + 1 + i,
        entry: figures.districts.find((e) => e.district === x.id),
      })),
      { row: header + 14, entry: { summary: figures.region } },
    ];
    const colours = new Set<string>();
    for (const { row, entry } of entries) {
      CATEGORIES.forEach((key, i) => {
        const color = d.colors.find((c) => c.row === row && c.column === 12 + i);
        if (!entry) return expect(color).toBeUndefined();
        const gap = entry.summary.stage.categories![key].gapPp;
        expect(describedRange(d, `${"LMNO"[i]}${row}`).values).toEqual([[gap]]);
        expect(color!.fill).toBe(gap > 0 ? SHEET_COLORS.behind.fill : SHEET_COLORS.onTarget.fill);
        colours.add(color!.fill);
      });
    }
    expect(colours.size).toBe(2);
  });

  it("lists every submitted unit's stage gaps per category under the table", () => {
    const d = districtsSheet(figures, "ru");
    const title = describedRow(d, "Отставание по этапу: по единицам и категориям");
    expect(title).toBeGreaterThan(0);
    // The region and three districts, four categories and the band total each.
    const rows = d.rows.slice(title + 1);
    expect(rows).toHaveLength(4 * 5);
    const moderator = figures.region.stage.categories!.moderator;
    expect(rows[0]!.values.slice(0, 5)).toEqual([
      label("regionOnTotals", "ru"),
      "1 этап",
      label("category.moderator", "ru"),
      500,
      moderator.target,
    ]);
    expect(rows[4]!.style).toBe("total");
  });

  it("outside the plan's years leaves the stage columns empty and uncoloured", () => {
    const later = sampleReport("2030-2031").figures;
    const d = districtsSheet(later, "ru");
    const regionRow = describedRow(d, label("regionOnTotals", "ru"));
    expect(describedRange(d, `D${regionRow}`).values).toEqual([[later.region.teachers]]);
    expect(describedRange(d, `L${regionRow}:U${regionRow}`).values[0]).toEqual(Array(10).fill(null));
    expect(d.colors).toEqual([]);
    expect(describedRange(d, "A4").values).toEqual([[`${label("noStage", "ru")}: 2030-2031`]]);
    expect(describedRow(d, "Отставание по этапу: по единицам и категориям")).toBe(0);
  });
});

describe("attestationSheet", () => {
  it("lists every teacher due for attestation, with real date cells and the header frozen", () => {
    const due = report.attestation;
    expect(due.length).toBeGreaterThan(0);
    const d = attestationSheet(figures.year, due, "kk");
    expect(d.name).toBe("Sapa — аттестаттау");
    expect(describedRange(d, "A1:A2").values).toEqual([["Sapa — аттестаттау"], [label("year", "kk")]]);
    const header = 4;
    expect(describedRange(d, `A${header}:B${header}`).values[0]).toEqual([
      label("year", "kk"),
      label("district", "kk"),
    ]);
    expect(d.freezeRows).toBe(header);
    const first = due[0]!;
    const row = describedRange(d, `A${header + 1}:G${header + 1}`);
    expect(row.values[0]!.slice(0, 5)).toEqual([
      first.year,
      DISTRICTS.find((x) => x.id === first.district)!.name.kk,
      first.organization,
      first.fullName,
      label(`category.${first.category}`, "kk"),
    ]);
    expect(row.values[0]![6]).toBe(serialFromIso(first.expires));
    expect(row.formats[0]![6]).toBe("dd.mm.yyyy");
    expect(d.rows.length).toBe(header + due.length);
    expect(SAMPLE_UNITS.map((u) => u.district)).toContain(first.district);
  });
});
