import { describe, expect, it } from "vitest";
import { mergeFigures, mergeSummaries, summaryFigures } from "./merge.ts";
import { summarise } from "./summary.ts";
import type { CategoryKey, FieldKey, TeacherRow } from "../types.ts";

function teacher(
  organization: string,
  category: CategoryKey,
  categoryDate: string | null = null,
): TeacherRow {
  return {
    row: 2,
    fullName: "Мұхамбетова Назгүл Болатқызы",
    organization,
    organizationKey: organization.toLowerCase(),
    education: "vocational",
    category,
    iin: null,
    iinKey: null,
    position: "тәрбиеші",
    categoryDate,
    categoryDateYearOnly: false,
    experienceYears: 4,
    lastCourseDate: "2026-01-15",
    mentor: null,
    internship: null,
    eventParticipation: true,
    unreadable: [],
  };
}

const present: FieldKey[] = ["fullName", "organization", "education", "category", "lastCourseDate"];

describe("mergeSummaries", () => {
  const alga = [
    teacher("№1 балабақша", "expert", "2025-10-01"),
    teacher("№1 балабақша", "moderator", "2021-02-01"),
    teacher("«Айгөлек» балабақшасы", "none"),
  ];
  const temir = [teacher("№1 балабақша", "researcher", "2026-01-10"), teacher("№1 балабақша", "pedagog")];

  it("adds districts: the same organisation name in two districts is two organisations", () => {
    const region = mergeSummaries([
      summarise(alga, { asOf: "2026-02-01", district: "alga", present }),
      summarise(temir, {
        asOf: "2026-02-10",
        district: "temir",
        present: [...present, "eventParticipation"],
      }),
    ]);
    expect(region.asOf).toBe("2026-02-10");
    expect(region.teachers).toBe(5);
    expect(region.organizations).toBe(3);
    expect(region.byOrganization.map((o) => [o.district, o.name, o.teachers])).toEqual([
      ["alga", "«Айгөлек» балабақшасы", 1],
      ["alga", "№1 балабақша", 2],
      ["temir", "№1 балабақша", 2],
    ]);
    expect(region.qualitativeShare).toBeCloseTo(2 / 5, 12);
    expect(region.awardedInYear.expert).toBe(1);
    expect(region.awardedInYear.researcher).toBe(1);
    expect(region.stage.total!.awarded).toBe(2);
    expect(region.stage.total!.actual).toBeCloseTo(0.4, 12);
    expect(region.coursesByYear["2026"]).toEqual({ count: 5, covered: 5 });
    // Only Temir had the events column: the indicator covers its 2 teachers.
    expect(region.eventParticipation).toEqual({ count: 2, covered: 2 });
    expect(region.attestationDueByYear["2025-2026"]).toBe(1);
    expect(region.attestationDue[0]!.district).toBe("alga");
  });

  it("recomputes the stage with the targets it is given", () => {
    const part = summarise(alga, { asOf: "2026-02-01", district: "alga", present });
    const targets = [
      {
        stage: 1 as const,
        year: "2025-2026",
        band: { min: 0, max: 0.5 },
        targets: { moderator: 0, expert: 1, researcher: 0, master: 0 },
      },
    ];
    const merged = mergeSummaries([part], { targets });
    expect(merged.stage.categories!.expert.teachersNeeded).toBe(2);
    expect(merged.stage.total!.verdict).toBe("within");
  });

  it("refuses parts of different academic years", () => {
    const a = summarise(alga, { asOf: "2026-02-01", present });
    const b = summarise(temir, { asOf: "2026-10-01", present });
    expect(() => mergeSummaries([a, b])).toThrow(/2025-2026 and 2026-2027/);
  });

  it("merges nothing into the summary of no teachers when year and date are given", () => {
    const empty = mergeSummaries([], { year: "2026-2027", asOf: "2026-10-01" });
    expect(empty).toEqual(summarise([], { asOf: "2026-10-01", year: "2026-2027", present: [] }));
    expect(() => mergeSummaries([])).toThrow(/year/);
  });

  it("does not modify its inputs", () => {
    const a = summarise(alga, { asOf: "2026-02-01", district: "alga", present });
    const copy = JSON.parse(JSON.stringify(a)) as typeof a;
    mergeSummaries([a, summarise(alga, { asOf: "2026-02-01", district: "alga", present })]);
    expect(a).toEqual(copy);
  });
});

describe("mergeFigures", () => {
  const alga = [
    teacher("№1 балабақша", "expert", "2025-10-01"),
    teacher("№1 балабақша", "moderator", "2021-02-01"),
    teacher("", "master", "2025-11-01"),
  ];
  const temir = [teacher("№1 балабақша", "researcher", "2026-01-10"), teacher("«Балдырған»", "pedagog")];

  it("equals the figures of mergeSummaries, organisations counted per district", () => {
    const parts = [
      summarise(alga, { asOf: "2026-02-01", district: "alga", present }),
      summarise(temir, { asOf: "2026-02-10", district: "temir", present }),
    ];
    const merged = mergeFigures(parts.map(summaryFigures));
    expect(merged).toEqual(summaryFigures(mergeSummaries(parts)));
    // A row without an organisation name is a teacher but no organisation: 1 in Alga, 2 in Temir.
    expect(merged.organizations).toBe(3);
    expect(merged.teachers).toBe(5);
    expect(merged.qualitativeShare).toBeCloseTo(3 / 5, 12);
    expect("attestationDue" in merged || "byOrganization" in merged).toBe(false);
  });

  it("merges nothing into the figures of no teachers", () => {
    const none = mergeFigures([], { year: "2025-2026", asOf: "2025-09-01" });
    expect(none.teachers).toBe(0);
    expect(none.organizations).toBe(0);
    expect(none.year).toBe("2025-2026");
  });
});
