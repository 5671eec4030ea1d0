import {
  candidateCounts,
  candidatesFor,
  label,
  organizationKey,
  type CandidateTeacher,
  type CategoryKey,
  type DistrictId,
} from "@sapa/shared";
import { describe, expect, it } from "vitest";
import {
  cellValues,
  createFakeWorkbook,
  installFakeOffice,
  numberFormats,
  sheetSnapshot,
  type FakeWorkbook,
} from "../../test/fake-office/index.ts";
import {
  candidateCountsSheetName,
  candidatesSheetName,
  writeCandidateCountsSheet,
  writeCandidatesSheet,
} from "./candidates-sheet.ts";

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

// A district's 10 teachers in 2025-2026: Абаева (pedagogue of 2021) a moderator candidate, Бекова (moderator
// of 1.03.2021) a renewal of moderator and an expert candidate, Ерланова (no award date) undecided.
const roster = [
  teacher(AIGOLEK, "Абаева Сара", "pedagog", "2021-05-05"),
  teacher(AIGOLEK, "Бекова Дана", "moderator", "2021-03-01"),
  teacher(BALDYRGAN, "Ерланова Нұр", "pedagog", null),
  ...Array.from({ length: 7 }, (_, i) => teacher(BALDYRGAN, `Педагог ${i}`, null, null)),
];

function setup(): FakeWorkbook {
  const wb = createFakeWorkbook({ sheets: { Тізім: { values: [["x"]] } }, excelApi: "1.17" });
  installFakeOffice(globalThis, wb);
  return wb;
}

describe("writeCandidatesSheet (Excel adapter)", () => {
  it("writes needed and candidates per category, then the names by organisation", async () => {
    const wb = setup();
    const report = candidatesFor(roster, { year: "2025-2026" });
    const written = await writeCandidatesSheet(report, { lang: "ru" });
    expect(written).toEqual({ sheet: "Sapa — кандидаты", candidates: 3 });
    expect(candidatesSheetName("kk")).toBe("Sapa — үміткерлер");
    expect(cellValues(wb, written.sheet, "A1:A3")).toEqual([
      ["Sapa — кандидаты"],
      ["Учебный год: 2025-2026"],
      ["Минимум лет после последней категории: 2"],
    ]);
    // 10 teachers: each category needs ceil(target × 10) = 1 (0.8, 0.5, 0.2, 0.001).
    expect(cellValues(wb, written.sheet, "A6:E9")).toEqual([
      [label("category.moderator", "ru"), 1, 2, 0, 1],
      [label("category.expert", "ru"), 1, 1, 0, 0],
      [label("category.researcher", "ru"), 1, 0, 1, 0],
      [label("category.master", "ru"), 1, 0, 1, 0],
    ]);
    expect(cellValues(wb, written.sheet, "A11:F14")).toEqual([
      [
        label("organization", "ru"),
        "ФИО",
        "Текущая категория",
        "На какую категорию",
        "Основание",
        "Дата последней категории",
      ],
      // 5.05.2021 and 1.03.2021 as Excel date serials
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
    expect(numberFormats(wb, written.sheet, "F12:F12")).toEqual([["dd.mm.yyyy"]]);
    expect(wb.sheet(written.sheet).values.length).toBe(14);
  });

  it("rewrites the same sheet: a second run is identical, a shorter list leaves no old row behind", async () => {
    const wb = setup();
    const report = candidatesFor(roster, { year: "2025-2026" });
    const { sheet } = await writeCandidatesSheet(report, { lang: "kk" });
    const first = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    await writeCandidatesSheet(report, { lang: "kk" });
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(first);
    // Without Абаева and with a minimum of 5 years: Бекова (1.03.2021 + 5 = 1.03.2026) keeps both rows.
    const strict = candidatesFor(roster.slice(1), { year: "2025-2026", minYearsSinceAward: 5 });
    await writeCandidatesSheet(strict, { lang: "kk" });
    expect(cellValues(wb, sheet, "A3:A3")).toEqual([[`${label("minYearsSinceAward", "kk")}: 5`]]);
    expect(cellValues(wb, sheet, "B12:D13")).toEqual([
      ["Бекова Дана", label("category.moderator", "kk"), label("category.moderator", "kk")],
      ["Бекова Дана", label("category.moderator", "kk"), label("category.expert", "kk")],
    ]);
    // The first run's third candidate row (row 14) is gone.
    expect(cellValues(wb, sheet, "A14:F14")[0]!.every((v) => v === null || v === "")).toBe(true);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Тізім", sheet]);
  });
});

describe("writeCandidateCountsSheet (Excel adapter)", () => {
  it("writes the region's counts per district with the total, then per organisation, without names", async () => {
    const wb = setup();
    // Shalkar: 10 pedagogues of 2021 (moderator candidates); Alga: 5 moderators of 2023 (expert candidates).
    const counts = candidateCounts(
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
    const { sheet } = await writeCandidateCountsSheet(counts, { lang: "ru" });
    expect(sheet).toBe("Sapa — кандидаты, свод");
    expect(candidateCountsSheetName("en")).toBe("Sapa — candidate counts");
    expect(cellValues(wb, sheet, "A3:A3")).toEqual([["Минимум лет после последней категории: 4"]]);
    // Columns: teachers, then needed / candidates / shortfall for moderator, expert, researcher, master.
    expect(cellValues(wb, sheet, "A6:H8")).toEqual([
      // Alga, 5: ceil(0.4) = 1 moderator needed, no pedagogue; expert ceil(0.25) = 1, but 1.06.2023 + 4 > 31.08.2026.
      ["Алгинский район", 5, 1, 0, 1, 1, 0, 1],
      // Shalkar, 10: ceil(0.8) = 1 moderator needed, 10 candidates (2021 + 4 = 2025).
      ["Шалкарский район", 10, 1, 10, 0, 1, 0, 1],
      // 15: moderator ceil(1.2) = 2, expert ceil(0.75) = 1.
      ["Итого", 15, 2, 10, 0, 1, 0, 1],
    ]);
    expect(cellValues(wb, sheet, "A11:C12")).toEqual([
      [AIGOLEK, "Алгинский район", 5],
      ["№1 балабақша", "Шалкарский район", 10],
    ]);
    const all = JSON.stringify(wb.sheet(sheet).values);
    expect(all).not.toContain('"x"');
    expect(all).not.toContain('"y"');
  });
});
