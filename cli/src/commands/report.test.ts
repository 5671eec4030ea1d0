import {
  DISTRICT_IDS,
  findDistrict,
  mergeFigures,
  summarise,
  summaryFigures,
  type ReportFigures,
} from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { teacherRow } from "@sapa/shared/testing/teacher-row";
import { formatReport } from "./report.ts";

/** Alga's 12 teachers, 5 of them on a course in 2026; no internship column. */
function report(indicatorTargets?: ReportFigures["indicatorTargets"]): ReportFigures {
  const rows = Array.from({ length: 12 }, (_, i) =>
    teacherRow({ row: i + 2, organization: "Айгөлек", lastCourseDate: i < 5 ? "2026-03-10" : null }),
  );
  const present = ["fullName", "organization", "education", "category", "lastCourseDate"] as const;
  const alga = summaryFigures(
    summarise(rows, { asOf: "2026-05-31", year: "2025-2026", district: "alga", present }),
  );
  return {
    year: "2025-2026",
    generatedAt: "2026-05-31T12:00:00.000Z",
    region: mergeFigures([alga], { year: "2025-2026", asOf: "2026-05-31", scope: "region" }),
    districts: [
      {
        district: "alga",
        name: findDistrict("alga")!.name,
        revision: 1,
        submittedAt: "2026-05-31T08:00:00Z",
        summary: alga,
      },
    ],
    completeness: {
      expected: 13,
      submitted: 1,
      accepted: 0,
      missing: DISTRICT_IDS.filter((d) => d !== "alga"),
    },
    ...(indicatorTargets ? { indicatorTargets } : {}),
  };
}

describe("formatReport", () => {
  it("says how many units submitted in the pane's words, then names the missing ones", () => {
    const line = formatReport(report(), "ru")
      .split("\n")
      .find((l) => l.startsWith("Полнота отчёта:"))!;
    expect(line.startsWith("Полнота отчёта: Отправили 1 / 13 · Приняты областью 0 · Не отправили: ")).toBe(
      true,
    );
    expect(line).toContain("Темирский район");
    expect(line).not.toContain("Алгинский район");
  });

  it("says when the report was made in Aktobe time, as the pane and the sheet do", () => {
    // 12:00 UTC is 17:00 in Aktobe (UTC+5).
    expect(formatReport(report(), "ru").split("\n")[0]).toContain("Отчёт сформирован 31.05.2026 17:00");
  });

  it("holds the region's courses and internships against the targets, years side by side", () => {
    const text = formatReport(report(), "ru");
    const line = (start: string) => text.split("\n").find((l) => l.startsWith(start))!;
    // The plan's 595 in 2026: 5 took a course, 590 left; internships have no column: "нет данных", not 0.
    expect(line("Прошли курсы повышения квалификации 2026")).toMatch(/5\s+12\s+595\s+590$/);
    expect(line("Прошли стажировку 2026")).toMatch(/нет данных\s+25\s*$/);
    const years = text.split("\n").find((l) => /^Прошли курсы повышения квалификации\s+5\s/.test(l));
    expect(years).toMatch(/5\s+595\s+590\s+0\s+510\s+510\s+0\s+550\s+550$/);
    // The region's own targets, when the server has them.
    const raised = formatReport(
      report({ courses: { "2026": 600 }, internships: { "2026": 25 }, eventParticipation: 0.7 }),
      "ru",
    );
    expect(raised).toMatch(/Прошли курсы повышения квалификации 2026\s+5\s+12\s+600\s+595/);
  });
});
