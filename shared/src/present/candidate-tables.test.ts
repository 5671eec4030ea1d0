import { describe, expect, it } from "vitest";
import { candidateCounts } from "../figures/candidate-counts.ts";
import { candidatesFor, type CandidateTeacher } from "../figures/candidates.ts";
import { organizationKey } from "../roster/organization.ts";
import type { CategoryKey, DistrictId } from "../types.ts";
import {
  candidateCategoriesTable,
  candidateDistrictsTable,
  candidateListTable,
  candidateOrganizationsTable,
} from "./candidate-tables.ts";
import { formatCell, textIn } from "./table.ts";

const teacher = (
  district: DistrictId,
  organization: string,
  category: CategoryKey,
  date: string,
): CandidateTeacher => ({
  district,
  organization,
  organizationKey: organizationKey(organization),
  fullName: "x",
  category,
  categoryDate: date,
  categoryDateYearOnly: false,
});

// Shalkar: 10 pedagogues of 2021 (moderator candidates); Alga: 5 moderators of 2023 (expert candidates).
const counts = candidateCounts(
  candidatesFor(
    [
      ...Array.from({ length: 10 }, () => teacher("shalkar", "№1 балабақша", "pedagog", "2021-05-05")),
      ...Array.from({ length: 5 }, () => teacher("alga", "Айгөлек", "moderator", "2023-06-01")),
    ],
    { year: "2025-2026" },
  ),
);
const row = (table: ReturnType<typeof candidateDistrictsTable>, key: string) =>
  Object.fromEntries(
    table.columns.map((c, i) => [c.key, formatCell(table.rows.find((r) => r.key === key)!.cells[i]!, "ru")]),
  );

describe("candidate tables", () => {
  it("lays out needed, candidates and shortfall per district with the total last", () => {
    const table = candidateDistrictsTable(counts);
    expect(table.rows.map((r) => r.key)).toEqual(["alga", "shalkar", "total"]);
    // The first column is headed by what it holds (a sheet puts a caption there), not by a long title.
    expect(table.title).toBeNull();
    expect(textIn(table.stub, "kk")).toBe("Аудан / қала");
    expect(textIn(candidateOrganizationsTable(counts).stub, "ru")).toBe("Организация");
    // 10 teachers: moderator ceil(0.8) = 1 needed, 10 candidates; master 0.001 of a teacher is the
    // region's target: not asked of Shalkar, no shortfall.
    expect(row(table, "shalkar")).toMatchObject({
      teachers: "10",
      "moderator.needed": "1",
      "moderator.candidates": "10",
      "moderator.shortfall": "0",
      "moderator.uncertain": "0",
      "expert.candidates": "0",
      "expert.shortfall": "1",
      "master.needed": "цель области",
      "master.shortfall": "0",
    });
    // 15 teachers: expert ceil(0.75) = 1 needed, 5 candidates (Alga's moderators).
    expect(row(table, "total")).toMatchObject({
      teachers: "15",
      "expert.needed": "1",
      "expert.candidates": "5",
    });
    expect(textIn(table.columns[1]!.short!, "en")).toBe(
      `${textIn("category.moderator", "en")}: Still needed`,
    );
  });

  it("names each organisation's district", () => {
    const table = candidateOrganizationsTable(counts);
    expect(table.rows.map((r) => [textIn(r.label, "ru"), formatCell(r.cells[0]!, "ru")])).toEqual([
      ["Айгөлек", "Алгинский район"],
      ["№1 балабақша", "Шалкарский район"],
    ]);
  });
});

describe("one category's candidate tables (the pane's narrow view)", () => {
  it("keeps the teachers and one category's needed, candidates and shortfall, with plain headings", () => {
    const table = candidateDistrictsTable(counts, { category: "expert" });
    expect(table.columns.map((c) => [c.key, textIn(c.short!, "en")])).toEqual([
      ["teachers", "Teachers"],
      ["expert.needed", "Still needed"],
      ["expert.candidates", "Candidates"],
      ["expert.shortfall", "Shortfall"],
      ["expert.uncertain", "Undecided"],
    ]);
    // Alga, 5 teachers: 5% is 0.25 of a teacher, a regional target; its 5 moderators of 1.06.2023 are
    // candidates; Shalkar, 10: 0.5 of a teacher is asked, ceil(0.5) = 1, none; total 15: ceil(0.75) = 1, 5.
    expect(table.rows.map((r) => [r.key, ...r.cells.map((c) => c.value)])).toEqual([
      ["alga", 5, "regionalTarget", 5, 0, 0],
      ["shalkar", 10, 1, 0, 1, 0],
      ["total", 15, 1, 5, 0, 0],
    ]);
  });

  it("keeps one district's organisations", () => {
    const table = candidateOrganizationsTable(counts, { category: "moderator", district: "shalkar" });
    expect(
      table.rows.map((r) => [textIn(r.label, "ru"), ...r.cells.map((c) => formatCell(c, "ru"))]),
    ).toEqual([["№1 балабақша", "Шалкарский район", "10", "1", "10", "0", "0"]]);
  });
});

describe("a district's candidates tables (names stay in its workbook)", () => {
  const person = (
    organization: string,
    fullName: string,
    category: CategoryKey | null,
    date: string | null,
    yearOnly = false,
  ): CandidateTeacher => ({
    organization,
    organizationKey: organizationKey(organization),
    fullName,
    category,
    categoryDate: date,
    categoryDateYearOnly: yearOnly,
  });
  const AIGOLEK = "Айгөлек";
  const BALDYRGAN = "Балдырған";
  // 28 teachers in 2025-2026 (1.09.2025–31.08.2026), minimum 2 years:
  const report = candidatesFor(
    [
      person(AIGOLEK, "Абаева Сара", "pedagog", "2021-05-05"), // moderator: next (2023 ≤ 31.08.2026)
      person(AIGOLEK, "Бекова Дана", "moderator", "2021-03-01"), // moderator: renewal (runs out 1.03.2026); expert: next
      person(AIGOLEK, "Ахметова Әсел", "moderator", "2025-01-10"), // expert: 10.01.2027 is too late; no one
      person(AIGOLEK, "Досова Гүл", "expert", "2020", true), // researcher: next; expert renewal: undecided (2025)
      person(AIGOLEK, "Жанова Ай", "moderator", "2025-10-01"), // awarded in the year: 1 moderator awarded
      person(BALDYRGAN, "Ерланова Нұр", "pedagog", null), // moderator: undecided (no date)
      person(BALDYRGAN, "Исаева Бота", "expert", "2024-09-01"), // researcher: 1.09.2026 is too late
      person(BALDYRGAN, "Ғалиева Ләззат", "researcher", "2021-06-15"), // researcher: renewal; master: next
      ...Array.from({ length: 20 }, (_, i) => person(BALDYRGAN, `Педагог ${i}`, null, null)),
    ].map((t) => (t.categoryDateYearOnly ? { ...t, categoryDate: "2020-01-01" } : t)),
    { year: "2025-2026" },
  );

  it("gives needed, candidates, shortfall and undecided per category", () => {
    const table = candidateCategoriesTable(report);
    expect(table.rows.map((r) => textIn(r.label, "kk"))).toEqual(
      ["moderator", "expert", "researcher", "master"].map((k) => textIn(`category.${k}` as never, "kk")),
    );
    // needed = ceil(target × 28 − awarded): moderator ceil(2.24 − 1) = 2, expert ceil(1.4) = 2,
    // researcher ceil(0.56) = 1; master 0.0028 of a teacher is the region's target, not the district's.
    expect(table.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      [2, 2, 0, 1], // Абаева, Бекова (renewal); Ерланова undecided
      [2, 1, 1, 1], // Бекова; Досова's renewal undecided
      [1, 2, 0, 0], // Досова, Ғалиева (renewal)
      ["regionalTarget", 1, 0, 0], // Ғалиева
    ]);
    expect(table.title).toBeNull();
  });

  it("lists the candidates by organisation, category and name, a bare year kept as its year", () => {
    const table = candidateListTable(report);
    expect(table.columns.map((c) => textIn(c.heading, "ru"))).toEqual([
      "ФИО",
      "Текущая категория",
      "На какую категорию",
      "Основание",
      "Дата последней категории",
    ]);
    const rows = table.rows.map((r) => [textIn(r.label, "ru"), ...r.cells.map((c) => formatCell(c, "ru"))]);
    const cat = (k: CategoryKey) => textIn(`category.${k}`, "ru");
    expect(rows).toEqual([
      [AIGOLEK, "Абаева Сара", cat("pedagog"), cat("moderator"), "следующая категория", "2021-05-05"],
      [
        AIGOLEK,
        "Бекова Дана",
        cat("moderator"),
        cat("moderator"),
        "подтверждение (срок категории истекает)",
        "2021-03-01",
      ],
      [AIGOLEK, "Бекова Дана", cat("moderator"), cat("expert"), "следующая категория", "2021-03-01"],
      [AIGOLEK, "Досова Гүл", cat("expert"), cat("researcher"), "следующая категория", "2020"],
      [
        BALDYRGAN,
        "Ғалиева Ләззат",
        cat("researcher"),
        cat("researcher"),
        "подтверждение (срок категории истекает)",
        "2021-06-15",
      ],
      [BALDYRGAN, "Ғалиева Ләззат", cat("researcher"), cat("master"), "следующая категория", "2021-06-15"],
    ]);
    expect(table.rows[3]!.cells[4]!.kind).toBe("text");
    expect(table.rows[0]!.cells[4]!.kind).toBe("date");
  });
});
