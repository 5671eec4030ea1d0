import { describe, expect, it } from "vitest";
import { mergeSummaries } from "./merge.ts";
import { readRoster } from "../roster/roster.ts";
import { summarise } from "./summary.ts";
import { DISTRICT_IDS, type CellValue, type TeacherRow } from "../types.ts";

/**
 * The plan's regional baseline (autumn 2025): 635 organisations, 3677 teachers, higher education 2091,
 * specialised secondary 1586; moderator 1712, expert 507, researcher 158, master 0; "Сапалық құрам – 18,09%".
 */
const TEACHERS = 3677;
const ORGANIZATIONS = 635;
const CATEGORIES: [string, number][] = [
  ["педагог-модератор", 1712],
  ["педагог-сарапшы", 507],
  ["педагог-зерттеуші", 158],
  ["педагог-шебер", 0],
  // The other 1300 teachers, spread over the categories below moderator.
  ["санатсыз", 520],
  ["педагог", 600],
  ["педагог-тағылымдамашы", 180],
];
const SURNAMES = [
  "Кенжебаева",
  "Жұмабаева",
  "Есенова",
  "Қалиева",
  "Ахметова",
  "Бекова",
  "Оспанова",
  "Сейітова",
];
const NAMES = [
  "Айгүл",
  "Гүлнар",
  "Жанар",
  "Динара",
  "Әсем",
  "Меруерт",
  "Сәуле",
  "Назгүл",
  "Балжан",
  "Алия",
  "Лаура",
];

/** The baseline as a sheet: a title row, Kazakh headers, one row per teacher. */
function baselineGrid(): CellValue[][] {
  const categories = CATEGORIES.flatMap(([name, count]) => Array<string>(count).fill(name));
  expect(categories).toHaveLength(TEACHERS);
  const grid: CellValue[][] = [
    ["Ақтөбе облысы мектепке дейінгі ұйым педагогтерінің сапалық құрамы, 2025 жылғы күз", null, null, null],
    ["Аты-жөні", "Мектепке дейінгі ұйым", "Білімі", "Санаты"],
  ];
  for (let i = 0; i < TEACHERS; i++) {
    // 3677 is prime, so i × 1049 mod 3677 is a permutation: education is not lined up with categories.
    const education = (i * 1049) % TEACHERS < 2091 ? "жоғары" : "арнаулы орта";
    const org = i % ORGANIZATIONS;
    grid.push([
      `${SURNAMES[i % SURNAMES.length]} ${NAMES[Math.floor(i / SURNAMES.length) % NAMES.length]} ${i + 1}`,
      `№${org + 1} «Балапан» бөбекжай-балабақшасы`,
      education,
      categories[i]!,
    ]);
  }
  return grid;
}

describe("the plan's baseline", () => {
  const asOf = "2025-11-01";
  const read = readRoster({ values: baselineGrid() }, { asOf });

  it("reads the 3677-row roster without errors", () => {
    expect(read.layout!.headerRow).toBe(2);
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(read.teachers).toHaveLength(TEACHERS);
  });

  it("prints the plan's 18.09% and every count exactly", () => {
    const s = summarise(read.teachers, { asOf, present: read.present });
    expect(s.teachers).toBe(3677);
    expect(s.organizations).toBe(635);
    expect(s.byEducation).toEqual({ higher: 2091, vocational: 1586, secondary: 0, unknown: 0 });
    expect(s.byCategory).toEqual({
      none: 520,
      trainee: 180,
      pedagog: 600,
      moderator: 1712,
      expert: 507,
      researcher: 158,
      master: 0,
      "legacy-higher": 0,
      "legacy-first": 0,
      "legacy-second": 0,
      unknown: 0,
    });
    expect(Math.round(s.qualitativeShare * 10_000) / 10_000).toBe(0.1809);
    expect((s.qualitativeShare * 100).toFixed(2)).toBe("18.09");
    expect(s.anyCategoryShare).toBe((1712 + 507 + 158) / 3677);
    expect(s.byOrganization.reduce((sum, o) => sum + o.teachers, 0)).toBe(3677);
  });

  it("still prints 18.09% when the teachers are spread over the 13 districts and merged", () => {
    const byDistrict = new Map<string, TeacherRow[]>();
    read.teachers.forEach((t, i) => {
      const district = DISTRICT_IDS[(i % ORGANIZATIONS) % DISTRICT_IDS.length]!;
      if (!byDistrict.has(district)) byDistrict.set(district, []);
      byDistrict.get(district)!.push(t);
    });
    const region = mergeSummaries(
      DISTRICT_IDS.map((district) =>
        summarise(byDistrict.get(district)!, { asOf, district, present: read.present }),
      ),
    );
    expect(region.teachers).toBe(3677);
    expect(region.organizations).toBe(635);
    expect(region.byCategory.expert + region.byCategory.researcher + region.byCategory.master).toBe(665);
    expect((region.qualitativeShare * 100).toFixed(2)).toBe("18.09");
  });
});
