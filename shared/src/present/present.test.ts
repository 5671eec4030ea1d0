import { describe, expect, it } from "vitest";
import { findDistrict } from "../plan/districts.ts";
import { mergeSummaries } from "../figures/merge.ts";
import { readRoster } from "../roster/roster.ts";
import { summarise } from "../figures/summary.ts";
import { PLAN_INDICATOR_TARGETS } from "../plan/indicator-targets.ts";
import {
  CATEGORY_KEYS,
  DISTRICT_IDS,
  type CellValue,
  type ReportFigures,
  type Summary,
  type SummaryFigures,
} from "../types.ts";
import {
  attestationListTable,
  completenessLine,
  completenessSummaryTable,
  completenessTable,
  districtTable,
  stageGapTable,
} from "./report-tables.ts";
import {
  attestationDueTable,
  categoryTable,
  educationTable,
  indicatorTable,
  indicatorYearsTable,
  overviewTable,
  noStageLabel,
  stageTable,
} from "./summary-tables.ts";
import { regionViewTable } from "./region-view-table.ts";
import { reviewListTable } from "./review-list-table.ts";
import { formatCell, textIn, type Table } from "./table.ts";

const AS_OF = "2026-05-31";
const YEAR = "2025-2026";

/**
 * The plan's baseline (3677 teachers: moderator 1712, expert 507, researcher 158, higher education 2091)
 * as a Kazakh roster, split over Alga and Temir (6 : 5); 100 experts and 30 moderators were awarded this
 * year, 40 expert categories were awarded in 2021 and expire in 2026-2027.
 */
function baselineGrids(): Record<"alga" | "temir", CellValue[][]> {
  const categories: [string, number][] = [
    ["педагог-модератор", 1712],
    ["педагог-сарапшы", 507],
    ["педагог-зерттеуші", 158],
    ["санатсыз", 520],
    ["педагог", 600],
    ["педагог-тағылымдамашы", 180],
  ];
  const header = ["Аты-жөні", "Мектепке дейінгі ұйым", "Білімі", "Санаты", "Санат берілген күні"];
  const grids = { alga: [header] as CellValue[][], temir: [header] as CellValue[][] };
  const dates = new Map<string, string[]>([
    ["педагог-сарапшы", [...Array<string>(100).fill("01.10.2025"), ...Array<string>(40).fill("01.12.2021")]],
    ["педагог-модератор", Array<string>(30).fill("01.02.2026")],
  ]);
  let i = 0;
  for (const [category, count] of categories) {
    for (let n = 0; n < count; n++, i++) {
      const education = (i * 1049) % 3677 < 2091 ? "жоғары" : "арнаулы орта";
      const date = dates.get(category)?.[n] ?? null;
      (i % 11 < 6 ? grids.alga : grids.temir).push([
        `Педагог ${i + 1}`,
        `№${i % 635} балабақша`,
        education,
        category,
        date,
      ]);
    }
  }
  return grids;
}

function baselineReport(): { report: ReportFigures; region: Summary } {
  const grids = baselineGrids();
  const parts = (["alga", "temir"] as const).map((district) => {
    const read = readRoster({ values: grids[district] }, { asOf: AS_OF });
    return {
      district,
      summary: summarise(read.teachers, { asOf: AS_OF, year: YEAR, district, present: read.present }),
    };
  });
  const region = mergeSummaries(
    parts.map((p) => p.summary),
    { scope: "region" },
  );
  const strip = ({ attestationDue: _a, byOrganization: _o, ...figures }: Summary): SummaryFigures => figures;
  return {
    region,
    report: {
      year: YEAR,
      generatedAt: "2026-05-31T12:00:00.000Z",
      region: strip(region),
      districts: parts.map((p, i) => ({
        district: p.district,
        name: findDistrict(p.district)!.name,
        revision: i + 1,
        submittedAt: `2026-05-3${i}T08:15:00.000Z`,
        summary: strip(p.summary),
      })),
      completeness: {
        expected: 13,
        submitted: 2,
        accepted: 1,
        missing: DISTRICT_IDS.filter((id) => id !== "alga" && id !== "temir"),
      },
    },
  };
}

const { report, region } = baselineReport();

/** A table as the strings a person reads: the stub and headings, then label and cells of each row. */
function read(table: Table, lang: "kk" | "ru" | "en"): string[][] {
  return [
    [textIn(table.stub, lang), ...table.columns.map((c) => textIn(c.heading, lang))],
    ...table.rows.map((r) => [textIn(r.label, lang), ...r.cells.map((c) => formatCell(c, lang))]),
  ];
}

const rowOf = (table: Table, key: string) => table.rows.find((r) => r.key === key)!;

describe("summary tables", () => {
  it("print the plan's baseline composition: 3677 teachers, 18,09%", () => {
    expect(read(overviewTable(report.region), "kk")).toEqual([
      ["Көрсеткіш", "Мәні"],
      ["Педагогтер саны", "3\u00a0677"],
      ["Мектепке дейінгі ұйымдар саны", "1\u00a0270"],
      ["Сапалық құрам", "18,09%"],
      ["Біліктілік санаты бар педагогтердің үлесі", "64,65%"],
    ]);
    // 635 names split over two districts: the region's organisations are the sum of both districts'.
    expect(report.region.organizations).toBe(
      report.districts[0]!.summary.organizations + report.districts[1]!.summary.organizations,
    );
  });

  it("list categories with count, share and this year's awards; legacy ones only when held", () => {
    const table = categoryTable(report.region);
    // No legacy category and no unreadable one in the baseline: those rows are left out.
    expect(table.rows.map((r) => r.key)).toEqual([
      ...CATEGORY_KEYS.filter((k) => !k.startsWith("legacy-")),
      "total",
    ]);
    expect(read(table, "ru")[0]).toEqual([
      "Квалификационная категория",
      "Количество",
      "Доля",
      "Получили категорию в учебном году 2025-2026",
    ]);
    expect(read(table, "ru").find((r) => r[0] === "Педагог-модератор")).toEqual([
      "Педагог-модератор",
      "1\u00a0712",
      "46,56%",
      "30",
    ]);
    expect(read(table, "en").at(-1)).toEqual(["Total", "3,677", "100.00%", "130"]);
    expect(rowOf(table, "total").role).toBe("total");
  });

  it("list education levels with their shares", () => {
    const rows = read(educationTable(report.region), "kk");
    expect(rows.find((r) => r[0] === "Жоғары")).toEqual(["Жоғары", "2\u00a0091", "56,87%"]);
    expect(rows.at(-1)).toEqual(["Барлығы", "3\u00a0677", "100,00%"]);
    // No teacher without education: no "not given" row.
    expect(rows).toHaveLength(1 + 3 + 1);
  });

  it("compare this year's awards with stage 1 in percentage points, and count teachers still needed", () => {
    const table = stageTable(report.region)!;
    expect(textIn(table.title!, "kk")).toBe("1-кезең, 2025-2026");
    // expert: target 5%, 100 awarded of 3677 = 2,72%: 2,28 pp behind, ceil(0.05 × 3677 − 100) = 84 needed.
    expect(read(table, "ru").find((r) => r[0] === "Педагог-эксперт")).toEqual([
      "Педагог-эксперт",
      "5,00%",
      "2,72%",
      "+2,28 п.п.",
      "100",
      "84",
      "",
    ]);
    const total = read(table, "ru").at(-1)!;
    // The band beside the total target it is judged by; still needed = the category rows' 265 + 84 + 74 + 1.
    expect(total.slice(0, 2)).toEqual(["Четыре категории плана (Целевой диапазон 10,00%–15,00%)", "15,01%"]);
    expect(total.slice(4)).toEqual(["130", "424", "ниже диапазона"]);
    const later = summarise([], { asOf: "2031-05-31", present: [] });
    expect(stageTable(later)).toBeNull();
    expect(noStageLabel(later)).toBe("noStage");
    const noTeacher = summarise([], { asOf: "2026-05-31", present: [] });
    expect(stageTable(noTeacher)).toBeNull();
    expect(noStageLabel(noTeacher)).toBe("noStageTeachers");
  });

  it("count attestation due by academic year, then overdue", () => {
    const rows = read(attestationDueTable(report.region), "en");
    expect(rows).toEqual([
      ["Due for attestation, by academic year", "Count"],
      ["2025-2026", "0"],
      ["2026-2027", "40"],
      ["2027-2028", "0"],
      ["Attestation overdue", "0"],
    ]);
  });
});

describe("indicator table", () => {
  it("counts courses by calendar year and event participation, and says 'no data' for absent columns", () => {
    const grid: CellValue[][] = [
      ["Аты-жөні", "Мектепке дейінгі ұйым", "Білімі", "Санаты", "Соңғы курс", "Шараларға қатысуы"],
    ];
    for (let i = 0; i < 10; i++) {
      const course = i < 4 ? "15.03.2026" : i < 6 ? "20.11.2025" : null;
      grid.push([`Педагог ${i + 1}`, "№1 балабақша", "жоғары", "педагог", course, i < 7 ? "иә" : "жоқ"]);
    }
    const roster = readRoster({ values: grid }, { asOf: AS_OF });
    const summary = summarise(roster.teachers, { asOf: AS_OF, present: roster.present });
    const rows = read(indicatorTable(summary)!, "ru");
    const line = (name: string) => rows.find((r) => r[0] === name)!;
    expect(rows[0]).toEqual(["Показатель", "Количество", "Педагогов с данными", "Доля"]);
    expect(line("Прошли курсы повышения квалификации 2026")).toEqual([
      "Прошли курсы повышения квалификации 2026",
      "4",
      "10",
      "",
    ]);
    expect(line("Прошли курсы повышения квалификации 2025").slice(1, 3)).toEqual(["2", "10"]);
    expect(line("Участвовали в мероприятиях плана")).toEqual([
      "Участвовали в мероприятиях плана",
      "7",
      "10",
      "70,00%",
    ]);
    expect(line("Прошли стажировку 2026")).toEqual(["Прошли стажировку 2026", "нет данных", "", ""]);
    expect(line("Молодые специалисты без наставника")[1]).toBe("нет данных");
    // A roster with none of the optional columns has no indicator table at all.
    expect(indicatorTable(report.region)).toBeNull();

    // The region's summary holds them against the plan's targets: count, target and what is left.
    const held = read(indicatorTable(summary, PLAN_INDICATOR_TARGETS)!, "en");
    const heldLine = (name: string) => held.find((r) => r[0] === name)!;
    expect(held[0]).toEqual([
      "Indicator",
      "Count",
      "Teachers with data",
      "Share",
      "Target",
      "Left to the target",
    ]);
    expect(heldLine("Qualification courses taken 2026")).toEqual([
      "Qualification courses taken 2026",
      "4",
      "10",
      "",
      "595",
      "591",
    ]);
    expect(heldLine("Qualification courses taken 2027").slice(1)).toEqual(["0", "10", "", "510", "510"]);
    // No target for 2025 (before the plan's course targets); a unit without the column: "no data", not 0.
    expect(heldLine("Qualification courses taken 2025").slice(4)).toEqual(["", ""]);
    expect(heldLine("Internships done 2026").slice(1)).toEqual(["no data", "", "", "25", ""]);
    // 70% of 10 teachers with data = 7, and 7 took part: nothing left.
    expect(heldLine("Took part in the plan's events").slice(3)).toEqual(["70.00%", "70.00%", "0"]);

    // The calendar years side by side (the indicators' trend).
    const years = read(indicatorYearsTable(summary, PLAN_INDICATOR_TARGETS), "ru");
    expect(years[0]!.slice(1, 4)).toEqual([
      "Количество 2026",
      "Целевой показатель 2026",
      "Осталось до цели 2026",
    ]);
    expect(years[1]).toEqual([
      "Прошли курсы повышения квалификации",
      "4",
      "595",
      "591",
      "0",
      "510",
      "510",
      "0",
      "550",
      "550",
    ]);
    expect(years[2]!.slice(1, 4)).toEqual(["нет данных", "25", ""]);
  });
});

describe("report tables", () => {
  it("lay out the 13 units in the region's order, a district not submitted marked, then the region total", () => {
    const table = districtTable(report, "sheet");
    expect(table.rows.map((r) => r.key)).toEqual([...DISTRICT_IDS, "region"]);
    const aktobe = rowOf(table, "aktobe");
    expect(aktobe.role).toBe("missing");
    expect(read(table, "kk")[1]).toEqual(["Ақтөбе қаласы", "Жібермеген", ...Array<string>(19).fill("")]);
    const total = read(table, "ru").at(-1)!;
    expect(total.slice(0, 4)).toEqual(["Область (по своим итогам)", "", "", "3\u00a0677"]);
    expect(rowOf(table, "region").role).toBeUndefined();
    const headings = read(table, "ru")[0]!;
    expect(total[headings.indexOf("Педагог-модератор")]).toBe("1\u00a0712");
    expect(total[headings.indexOf("Качественный состав")]).toBe("18,09%");
    expect(total[headings.indexOf("Отставание (п.п.): Педагог-эксперт")]).toBe("+2,28 п.п.");
    expect(total[headings.indexOf("Ещё требуется педагогов: Педагог-эксперт")]).toBe("84");
    // The region always ceils: 0.01% of 3677 = 0.37 → 1 master; a district's 0.2 is the region's target.
    expect(total[headings.indexOf("Ещё требуется педагогов: Педагог-мастер")]).toBe("1");
    const temir = read(table, "ru").find((r) => r[0] === "Темирский район")!;
    expect(temir[headings.indexOf("Ещё требуется педагогов: Педагог-мастер")]).toBe(
      "цель области (По области: 1)",
    );
    expect(total[headings.indexOf("Этап: Ещё требуется педагогов")]).toBe("424");
    expect(total[headings.indexOf("Относительно целевого диапазона")]).toBe("ниже диапазона");
    const alga = read(table, "kk")[3]!;
    expect(alga.slice(0, 4)).toEqual(["Алға ауданы", "1", "2026-05-30T08:15:00.000Z", "2\u00a0007"]);
  });

  it("say completeness in one line for the pane and the terminal, with the completeness table's words", () => {
    const c = { submitted: 9, expected: 13, accepted: 3 };
    expect(completenessLine(c, "kk")).toBe("Жібергендер 9 / 13 · Облыс қабылдағандар 3");
    expect(completenessLine(c, "ru")).toBe("Отправили 9 / 13 · Приняты областью 3");
    expect(completenessLine(c, "en")).toBe("Submitted 9 / 13 · Accepted by the region 3");
  });

  it("give the CSV its columns under the catalogue's labels", () => {
    const table = districtTable(report, "csv");
    const headings = read(table, "ru")[0]!;
    expect(headings.slice(0, 7)).toEqual([
      "Район / город",
      "Код",
      "Версия",
      "Дата и время отправки",
      "Дата отчёта",
      "Количество педагогов",
      "Количество дошкольных организаций",
    ]);
    expect(headings).toHaveLength(32);
    expect(headings.at(-2)).toBe("Относительно целевого диапазона");
  });

  it("list stage gaps per unit and category, region first", () => {
    const table = stageGapTable(report);
    expect(table.rows).toHaveLength(3 * 5);
    const first = read(table, "ru")[1]!;
    expect(first.slice(0, 4)).toEqual([
      "Область (по своим итогам)",
      "1 этап",
      "Педагог-модератор",
      "3\u00a0677",
    ]);
    // Target, awards, actual, gap: the order of a list of units (the summary sheet puts actual beside target).
    expect(read(table, "en")[0]!.slice(4, 8)).toEqual(["Target", "Awarded", "Actual", "Gap (pp)"]);
    expect(table.rows[0]!.region).toBe(true);
    expect(textIn(table.rows[5]!.label, "kk")).toBe("Алға ауданы");
  });

  it("mark completeness per unit and in four lines", () => {
    const rows = read(completenessTable(report), "kk");
    // One unit's status is singular, in the same words as the pane's review status.
    expect(rows.filter((r) => r[1] === "Жібермеген")).toHaveLength(11);
    expect(rows.filter((r) => r[1] === "Жіберген")).toHaveLength(2);
    expect(rows.at(-2)![0]).toBe("Жібергендер: 2 / 13");
    expect(rows.at(-1)![0]).toBe("Облыс қабылдағандар: 1 / 13");
    const lines = read(completenessSummaryTable(report), "ru");
    expect(lines.slice(1, 4)).toEqual([
      ["Отправили", "2", ""],
      ["Приняты областью", "1", ""],
      ["Всего (районы и город)", "13", ""],
    ]);
    expect(lines[4]![1]).toBe("11");
    expect(lines[4]![2]!.split(", ")[0]).toBe("г. Актобе");
  });

  it("list teachers due for attestation with district names and dates", () => {
    const table = attestationListTable(region.attestationDue);
    expect(table.rows).toHaveLength(40);
    const first = read(table, "kk")[1]!;
    expect(first[0]).toBe("2026-2027");
    expect(["Алға ауданы", "Темір ауданы"]).toContain(first[1]);
    expect(first.slice(4)).toEqual(["Педагог-сарапшы", "2021-12-01", "2026-12-01"]);
  });
});

describe("region view table", () => {
  const review = (district: "alga" | "temir", status: "submitted" | "returned" | "accepted") => ({
    district,
    year: YEAR,
    status,
    revision: 1,
    submittedAt: "2026-05-30T08:15:00.000Z",
    reviewedRevision: null,
    reviewedAt: null,
    comment: null,
  });

  it("puts the region first, then the most teachers still needed, and the units without data last, marked", () => {
    const table = regionViewTable(report, [review("alga", "accepted"), review("temir", "returned")]);
    const rows = read(table, "ru");
    expect(rows[0]).toEqual([
      "Район / город",
      "Статус проверки",
      "Версия",
      "Дата и время отправки",
      "Количество педагогов",
      "Качественный состав",
      "Получили категорию в учебном году 2025-2026",
      "Этап: Отставание (п.п.)",
      "Этап: Ещё требуется педагогов",
      "Относительно целевого диапазона",
    ]);
    expect(rows[1]).toEqual([
      "Область (по своим итогам)",
      "",
      "",
      "",
      "3\u00a0677",
      "18,09%",
      "130",
      "+11,47 п.п.",
      "424",
      "ниже диапазона",
    ]);
    expect(table.rows.slice(3).every((r) => r.role === "missing")).toBe(true);
    expect(table.rows.slice(3)).toHaveLength(11);
    expect(rows.slice(4).every((r) => r[1] === "Не отправил")).toBe(true);
    // Alga needs 231 more teachers at the stage's categories, Temir 194: Alga is further behind. Each is
    // the sum of its own category rows; the region's 424 is on its own totals, not 231 + 194.
    expect(rows.slice(2, 4).map((r) => [r[0], r[1], r[2], r[4], r[8]])).toEqual([
      ["Алгинский район", "Принято", "1", "2\u00a0007", "231"],
      ["Темирский район", "Возвращено", "2", "1\u00a0670", "194"],
    ]);
  });
});

describe("the review list", () => {
  it("lists the units in the given order with status, revision, times and the comment", () => {
    const table = reviewListTable({
      year: "2025-2026",
      districts: [
        {
          district: "temir",
          year: "2025-2026",
          status: "returned",
          revision: 2,
          submittedAt: "2026-11-20T09:15:42.120Z",
          reviewedRevision: 2,
          reviewedAt: "2026-11-21T04:01:00.000Z",
          comment: "Категории в д/с №3",
        },
        {
          district: "alga",
          year: "2025-2026",
          status: "not-submitted",
          revision: null,
          submittedAt: null,
          reviewedRevision: null,
          reviewedAt: null,
          comment: null,
        },
      ],
    });
    expect(read(table, "ru")).toEqual([
      [
        "Район / город",
        "Статус проверки",
        "Версия",
        "Дата и время отправки",
        "Дата и время проверки",
        "Комментарий области",
      ],
      [
        "Темирский район",
        "Возвращено",
        "2",
        "2026-11-20T09:15:42.120Z",
        "2026-11-21T04:01:00.000Z",
        "Категории в д/с №3",
      ],
      ["Алгинский район", "Не отправил", "", "", "", ""],
    ]);
  });
});
