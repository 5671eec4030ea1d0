import { describe, expect, it } from "vitest";
import { generateRoster } from "../../sample/roster.ts";
import { sampleReport } from "../../sample/report.ts";
import { candidateCounts } from "../figures/candidate-counts.ts";
import { candidatesFor, type CandidateTeacher } from "../figures/candidates.ts";
import { summarise } from "../figures/summary.ts";
import { mergeTrend, type TrendSource } from "../figures/trend.ts";
import { label } from "../i18n/labels.ts";
import { groupReport } from "../region/groups.ts";
import { organizationKey } from "../roster/organization.ts";
import { readRoster } from "../roster/roster.ts";
import type { CategoryKey, DistrictId } from "../types.ts";
import { NO_CHART_NOTE, describedRange } from "./description.ts";
import {
  candidateCountsSheet,
  candidatesSheet,
  groupsSheet,
  organizationsSheet,
  receiptsSheet,
  trendSheet,
} from "./list-sheets.ts";

const ASOF = "2026-05-31";
const YEAR = "2025-2026";
const values = (d: Parameters<typeof describedRange>[0], address: string) =>
  describedRange(d, address).values;

/** The organisations and attestation lists of three districts' real rosters, as the report's pages give them. */
function lists() {
  const units: [DistrictId, number, number][] = [
    ["alga", 31, 120],
    ["temir", 32, 90],
    ["aktobe", 33, 300],
  ];
  return units.map(([district, seed, rows]) => {
    const checked = readRoster(generateRoster({ seed, rows, district, lang: "kk" }), { asOf: ASOF });
    return summarise(checked.teachers, { asOf: ASOF, district, present: checked.present });
  });
}

describe("organizationsSheet", () => {
  const summaries = lists();
  const organizations = summaries.flatMap((s) => s.byOrganization);
  const attestation = summaries.flatMap((s) => s.attestationDue);

  it("lists every organisation by district in the region's order, with its own figures, header frozen", () => {
    const d = organizationsSheet(YEAR, organizations, attestation, { lang: "ru" });
    expect(d.name).toBe("Sapa — организации");
    const header = 4; // title, year, blank, header
    expect(values(d, `A1:A2`)).toEqual([["Sapa — организации"], [`${label("year", "ru")}: ${YEAR}`]]);
    expect(values(d, `A${header}:C${header}`)[0]).toEqual([
      label("organization", "ru"),
      label("district", "ru"),
      label("teachers", "ru"),
    ]);
    const n = organizations.length;
    expect(d.rows.length).toBe(header + n);
    expect(d.freezeRows).toBe(header);
    const rows = values(d, `A${header + 1}:V${header + n}`);
    const districts = rows.map((r) => r[1]);
    const firstAlga = districts.indexOf("Алгинский район");
    expect(districts[0]).toBe("г. Актобе");
    expect(0 < firstAlga && firstAlga < districts.indexOf("Темирский район")).toBe(true);
    expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(120 + 90 + 300);
    const org = organizations.find((o) => o.district === "temir")!;
    const row = rows.find((r) => r[0] === org.name && r[1] === "Темирский район")!;
    expect(row.slice(2, 4)).toEqual([org.teachers, org.byCategory.none]);
    const shareColumn = 3 + 11; // label, district, teachers, 10 categories, unknown
    expect(row[shareColumn]).toBe(org.qualitativeShare);
    expect(describedRange(d, `O${header + 1}`).formats).toEqual([["0.00%"]]);
    // Teachers still needed never grow down a district's rows.
    const needed = rows.filter((r) => r[1] === "Алгинский район").map((r) => r[shareColumn + 3]);
    expect(needed).toEqual([...needed].sort((a, b) => Number(b) - Number(a)));
    // The flag (no teacher at expert or above) and the attestation counts.
    const noExpert = organizations.filter(
      (o) => o.byCategory.expert + o.byCategory.researcher + o.byCategory.master === 0,
    ).length;
    expect(rows.filter((r) => r[19] === label("yes", "ru")).length).toBe(noExpert);
    expect(rows.reduce((sum, r) => sum + Number(r[18]), 0)).toBe(attestation.length);
  });

  it("puts the groups first, bold, and names each organisation's groups", () => {
    const alga = organizations.filter((o) => o.district === "alga").slice(0, 2);
    const centres = groupReport(
      {
        name: "Құзыреттілік орталықтары",
        members: [
          ...alga.map((o) => ({ district: o.district!, organization: o.name })),
          { district: "shalkar", organization: "Жоқ балабақша" },
        ],
      },
      YEAR,
      organizations,
    );
    const d = organizationsSheet(YEAR, organizations, [], { lang: "kk", groups: [centres] });
    const header = 4;
    expect(values(d, `A${header}:D${header}`)[0]).toEqual([
      label("organization", "kk"),
      label("district", "kk"),
      label("inGroups", "kk"),
      label("teachers", "kk"),
    ]);
    expect(values(d, `A${header + 1}:D${header + 1}`)[0]).toEqual([
      `${label("group", "kk")}: Құзыреттілік орталықтары`,
      null,
      `${label("unmatchedMembers", "kk")}: 1`,
      alga[0]!.teachers + alga[1]!.teachers,
    ]);
    expect(d.rows[header]!.style).toBe("total");
    const named = values(d, `A${header + 2}:C${d.rows.length}`).filter((r) => r[2] !== null);
    expect(named.map((r) => r[0]).sort()).toEqual(alga.map((o) => o.name).sort());
  });
});

describe("groupsSheet", () => {
  it("has one row per group with its organisations, members not found and figures", () => {
    const { groups, figures } = sampleReport();
    const d = groupsSheet(figures.year, groups, "ru");
    expect(d.name).toBe("Sapa — группы");
    const header = 4;
    expect(values(d, `A${header}:D${header}`)[0]).toEqual([
      `${label("group", "ru")} ${YEAR}`,
      label("organizations", "ru"),
      label("unmatchedMembers", "ru"),
      label("teachers", "ru"),
    ]);
    const g = groups[0]!;
    expect(values(d, `A${header + 1}:D${header + 1}`)[0]).toEqual([
      "Құзыреттілік орталықтары",
      3,
      1,
      g.figures.teachers,
    ]);
    expect(describedRange(d, `P${header + 1}`)).toEqual({
      values: [[g.figures.qualitativeShare]],
      formats: [["0.00%"]],
    });
    expect(d.rows.length).toBe(header + 1);
  });
});

const CATEGORIES = ["none", "moderator", "expert", "researcher", "master"] as const;
const counts = (c: Partial<Record<CategoryKey, number>>) =>
  ({
    ...Object.fromEntries(
      [...CATEGORIES, "trainee", "pedagog", "legacy-higher", "legacy-first", "legacy-second", "unknown"].map(
        (k) => [k, 0],
      ),
    ),
    ...c,
  }) as Record<CategoryKey | "unknown", number>;
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

describe("trendSheet", () => {
  // 2025-2026: Temir (100) and Alga (300), 43 awarded of 400; 2026-2027: Alga, 49 of 310; 2027-2028: none.
  const trend = mergeTrend({
    "2025-2026": [
      source(
        "temir",
        "2026-05-20",
        100,
        { moderator: 45, expert: 12, researcher: 3 },
        { moderator: 5, expert: 4, researcher: 1 },
      ),
      source(
        "alga",
        "2026-05-31",
        300,
        { moderator: 140, expert: 40, researcher: 12 },
        { moderator: 20, expert: 10, researcher: 3 },
      ),
    ],
    "2026-2027": [
      source(
        "alga",
        "2027-05-31",
        310,
        { moderator: 150, expert: 55, researcher: 18, master: 1 },
        { moderator: 15, expert: 25, researcher: 8, master: 1 },
      ),
    ],
  });

  it("puts the band and the region's actual per year over a line chart, a gap where no data", () => {
    const d = trendSheet(trend, { lang: "ru" });
    expect(d.name).toBe("Sapa — этапы");
    expect(describedRange(d, "A3:D6")).toEqual({
      values: [
        [
          label("year", "ru"),
          "Целевой диапазон: от",
          "Целевой диапазон: до",
          "По области: Фактический показатель",
        ],
        ["2025-2026", 0.1, 0.15, 43 / 400],
        ["2026-2027", 0.15, 0.2, 49 / 310],
        ["2027-2028", 0.2, 0.25, null],
      ],
      formats: [
        ["General", "General", "General", "General"],
        ["@", "0.00%", "0.00%", "0.00%"],
        ["@", "0.00%", "0.00%", "0.00%"],
        ["@", "0.00%", "0.00%", "General"],
      ],
    });
    expect(d.chart).toEqual({
      type: "line",
      title: "Целевой диапазон этапа и факт области по учебным годам",
      source: { row: 3, column: 1, rows: 4, columns: 4 },
      at: { row: 8, column: 1, rows: 16, columns: 8 },
      note: NO_CHART_NOTE.ru,
    });
    // The chart's rows stay empty.
    expect(d.rows.slice(6, 24).every((r) => r.values.length === 0)).toBe(true);
  });

  it("lists every plan year's region and districts under the chart, empty where there is no data", () => {
    const d = trendSheet(trend, { lang: "kk" });
    const header = 25; // title, blank, chart block (4), blank + 16 chart rows, blank
    expect(values(d, `A${header}:D${header}`)[0]).toEqual([
      label("district", "kk"),
      label("year", "kk"),
      label("asOf", "kk"),
      label("teachers", "kk"),
    ]);
    // The table, then the plan's other indicators: blank, title, courses and internships, blank, events.
    expect(d.rows.length).toBe(header + 3 * 14 + 8);
    expect(values(d, `A${header + 1}:D${header + 1}`)[0]).toEqual([
      label("regionOnTotals", "kk"),
      "2025-2026",
      46173,
      400,
    ]);
    const temir = header + 1 + 14 + 1 + 9; // the second year: region, then Temir tenth
    const row = values(d, `A${temir}:AB${temir}`)[0]!;
    expect(row.slice(0, 2)).toEqual(["Темір ауданы", "2026-2027"]);
    expect(row.slice(2).every((v) => v === null)).toBe(true);
    expect(d.freezeRows).toBe(0);
  });

  it("holds the region's other plan indicators against its targets under the table, 'no data' not 0", () => {
    const ind = (count: number, covered: number) => ({ count, covered });
    const withIndicators = (
      s: TrendSource,
      courses: Record<string, ReturnType<typeof ind>>,
      events: ReturnType<typeof ind>,
    ) => ({
      ...s,
      summary: { ...s.summary, coursesByYear: courses, internshipsByYear: {}, eventParticipation: events },
    });
    // 2026-2027: Temir (100) and Alga (300) have course dates, no roster has the internship column.
    const withData = mergeTrend({
      "2026-2027": [
        withIndicators(
          source("temir", "2027-05-20", 100, {}, {}),
          { "2026": ind(41, 100), "2027": ind(12, 100) },
          ind(60, 100),
        ),
        withIndicators(
          source("alga", "2027-05-31", 300, {}, {}),
          { "2026": ind(130, 300), "2027": ind(95, 300), "2028": ind(0, 300) },
          ind(180, 250),
        ),
      ],
    });
    const d = trendSheet(withData, { lang: "ru" });
    const title = 25 + 3 * 14 + 2;
    expect(values(d, `A${title}`)[0]).toEqual([
      "Другие показатели плана — Последний учебный год с данными: 2026-2027, Отправили: 2",
    ]);
    expect(values(d, `A${title + 1}:J${title + 1}`)[0]!.slice(0, 4)).toEqual([
      label("indicator", "ru"),
      `${label("count", "ru")} 2026`,
      `${label("target", "ru")} 2026`,
      `${label("left", "ru")} 2026`,
    ]);
    // Courses: 41 + 130 = 171 of 595 in 2026 (424 left), 12 + 95 = 107 of 510 in 2027, 0 of 550 in 2028.
    expect(values(d, `A${title + 2}:J${title + 3}`)).toEqual([
      [label("courses", "ru"), 171, 595, 424, 107, 510, 403, 0, 550, 550],
      [label("internships", "ru"), "нет данных", 25, null, "нет данных", 30, null, "нет данных", 35, null],
    ]);
    // Events: 240 of the 350 teachers with data took part; 70% of 350 is 245, so 5 are left.
    expect(values(d, `A${title + 6}:F${title + 6}`)[0]).toEqual([
      label("eventParticipation", "ru"),
      240,
      350,
      240 / 350,
      0.7,
      5,
    ]);
    expect(d.rows.length).toBe(title + 6);
  });
});

const AIGOLEK = "Айгөлек";
const BALDYRGAN = "Балдырған";
const teacher = (
  organization: string,
  fullName: string,
  category: CategoryKey | null,
  date: string | null,
  district?: DistrictId,
): CandidateTeacher => ({
  organization,
  organizationKey: organizationKey(organization),
  fullName,
  category,
  categoryDate: date,
  categoryDateYearOnly: false,
  ...(district ? { district } : {}),
});

describe("candidatesSheet", () => {
  // 10 teachers in 2025-2026: Абаева (pedagogue of 2021) a moderator candidate, Бекова (moderator of
  // 1.03.2021) a renewal of moderator and an expert candidate, Ерланова (no award date) undecided.
  const roster = [
    teacher(AIGOLEK, "Абаева Сара", "pedagog", "2021-05-05"),
    teacher(AIGOLEK, "Бекова Дана", "moderator", "2021-03-01"),
    teacher(BALDYRGAN, "Ерланова Нұр", "pedagog", null),
    ...Array.from({ length: 7 }, (_, i) => teacher(BALDYRGAN, `Педагог ${i}`, null, null)),
  ];

  it("gives needed and candidates per category, then the names by organisation", () => {
    const report = candidatesFor(roster, { year: "2025-2026" });
    const d = candidatesSheet(report, "ru");
    expect(d.name).toBe("Sapa — кандидаты");
    expect(values(d, "A1:A3")).toEqual([
      ["Sapa — кандидаты"],
      ["Учебный год: 2025-2026"],
      ["Минимум лет после последней категории: 2"],
    ]);
    const moderator = values(d, "A6:A9").flat();
    expect(moderator).toEqual(
      (["moderator", "expert", "researcher", "master"] as const).map((k) => label(`category.${k}`, "ru")),
    );
    // Candidates per category: Абаева and Бекова for moderator, Бекова for expert.
    expect(values(d, "C6:C9").flat()).toEqual([2, 1, 0, 0]);
    expect(values(d, "A11:F14")).toEqual([
      [
        label("organization", "ru"),
        "ФИО",
        "Текущая категория",
        "На какую категорию",
        "Основание",
        "Дата последней категории",
      ],
      [
        AIGOLEK,
        "Абаева Сара",
        label("category.pedagog", "ru"),
        label("category.moderator", "ru"),
        "следующая категория",
        44321,
      ],
      [
        AIGOLEK,
        "Бекова Дана",
        label("category.moderator", "ru"),
        label("category.moderator", "ru"),
        "подтверждение (срок категории истекает)",
        44256,
      ],
      [
        AIGOLEK,
        "Бекова Дана",
        label("category.moderator", "ru"),
        label("category.expert", "ru"),
        "следующая категория",
        44256,
      ],
    ]);
    expect(describedRange(d, "F12").formats).toEqual([["dd.mm.yyyy"]]);
    expect(d.rows.length).toBe(14);
  });
});

describe("candidateCountsSheet", () => {
  it("gives the region's counts per district with the total, then per organisation, without names", () => {
    // Shalkar: 10 pedagogues of 2021 (moderator candidates); Alga: 5 moderators of 2023.
    const c = candidateCounts(
      candidatesFor(
        [
          ...Array.from({ length: 10 }, () =>
            teacher("№1 балабақша", "x", "pedagog", "2021-05-05", "shalkar"),
          ),
          ...Array.from({ length: 5 }, () => teacher(AIGOLEK, "y", "moderator", "2023-06-01", "alga")),
        ],
        { year: "2025-2026", minYearsSinceAward: 4 },
      ),
    );
    const d = candidateCountsSheet(c, "ru");
    expect(d.name).toBe("Sapa — кандидаты, свод");
    expect(values(d, "A3")).toEqual([["Минимум лет после последней категории: 4"]]);
    // Teachers, then needed / candidates / shortfall per category (the needed figures are the core's).
    expect(values(d, "A6:B8")).toEqual([
      ["Алгинский район", 5],
      ["Шалкарский район", 10],
      ["Итого", 15],
    ]);
    expect(values(d, "D6:D8").flat()).toEqual([0, 10, 10]);
    expect(describedRange(d, "C5:E5").values[0]).toEqual([
      `${label("category.moderator", "ru")}: ${label("teachersNeeded", "ru")}`,
      `${label("category.moderator", "ru")}: ${label("candidates", "ru")}`,
      `${label("category.moderator", "ru")}: ${label("shortfall", "ru")}`,
    ]);
    expect(d.rows[7]!.style).toBe("total");
    expect(values(d, "A11:C12")).toEqual([
      [AIGOLEK, "Алгинский район", 5],
      ["№1 балабақша", "Шалкарский район", 10],
    ]);
    const all = JSON.stringify(d.rows);
    expect(all).not.toContain('"x"');
    expect(all).not.toContain('"y"');
  });
});

describe("receiptsSheet", () => {
  it("is a log with a translated header, each receipt's time a real Aktobe date-time", () => {
    const { alga } = sampleReport();
    const d = receiptsSheet([alga.receipt], "kk");
    expect(d.name).toBe("Sapa — жіберілген");
    expect(d.append).toEqual({ keyColumn: 5, headerRows: 1 });
    expect(values(d, "A1:G1")[0]).toEqual([
      label("year", "kk"),
      label("district", "kk"),
      label("revision", "kk"),
      label("submittedAt", "kk"),
      "Түбіртек нөмірі",
      label("teachers", "kk"),
      label("qualitativeShare", "kk"),
    ]);
    // 20:30 UTC on 31 May is 01:30 on 1 June in Aktobe.
    expect(describedRange(d, "A2:G2")).toEqual({
      values: [
        ["2025-2026", "Алға ауданы", 2, 46174 + 1.5 / 24, "r-alga-2", 120, alga.summary.qualitativeShare],
      ],
      formats: [["@", "@", "#,##0", "dd.mm.yyyy hh:mm", "@", "#,##0", "0.00%"]],
    });
  });
});
