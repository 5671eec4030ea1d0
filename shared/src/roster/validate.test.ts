import { describe, expect, it } from "vitest";
import { validateTeachers } from "./validate.ts";
import type { FieldKey, Problem, TeacherRow } from "../types.ts";
import { teacherRow } from "../../testing/teacher-row.ts";

const ALL: FieldKey[] = [
  "fullName",
  "organization",
  "education",
  "category",
  "iin",
  "categoryDate",
  "experienceYears",
  "mentor",
];
const LETTERS: Partial<Record<FieldKey, string>> = {
  fullName: "B",
  organization: "C",
  education: "D",
  category: "E",
  iin: "F",
  categoryDate: "G",
  experienceYears: "H",
  mentor: "I",
};

function teacher(row: number, over: Partial<TeacherRow> = {}): TeacherRow {
  return teacherRow({
    row,
    fullName: `Педагог ${row}`,
    organization: "Ясли-сад №1",
    organizationKey: "ясли-сад №1",
    category: "moderator",
    categoryDate: "2023-05-10",
    experienceYears: 10,
    ...over,
  });
}

const run = (rows: TeacherRow[], asOf = "2025-10-01", present = ALL) =>
  validateTeachers(rows, { asOf, present, letters: LETTERS });
const brief = (problems: Problem[]) => problems.map((p) => `${p.code} ${p.column ?? "-"}${p.row}`);

describe("validateTeachers", () => {
  it("finds nothing wrong with clean rows", () => {
    expect(run([teacher(5), teacher(6), teacher(7, { iin: "850315401231" })])).toEqual([]);
  });

  it("reports empty required values as errors, except fields already reported unreadable or whose column is absent", () => {
    const rows = [
      teacher(5, { fullName: "", education: null }),
      teacher(6, { category: null, unreadable: ["category"] }),
      teacher(7, { organization: "", organizationKey: "" }),
    ];
    expect(brief(run(rows))).toEqual(["required-missing B5", "required-missing D5", "required-missing C7"]);
    expect(brief(run(rows, "2025-10-01", ["fullName", "organization", "category"]))).toEqual([
      "required-missing B5",
      "required-missing C7",
    ]);
    expect(run(rows)[0]!.severity).toBe("error");
  });

  it("reports every later duplicate ИИН naming the first row", () => {
    const problems = run([
      teacher(5, { iin: "850315401231" }),
      teacher(6, { iin: "900712404563" }),
      teacher(7, { iin: "850315401231" }),
      teacher(9, { iin: "850315401231" }),
    ]);
    expect(brief(problems)).toEqual(["iin-duplicate F7", "iin-duplicate F9"]);
    expect(problems.map((p) => p.message.en)).toEqual([
      "This ИИН already appears in row 5. Delete the repeated row or correct the ИИН.",
      "This ИИН already appears in row 5. Delete the repeated row or correct the ИИН.",
    ]);
  });

  it("gives each row's own rules in row order, then the duplicate ИИН, then the repeated names", () => {
    const problems = run([
      teacher(5, { iin: "850315401231", fullName: "Асанова Алия" }),
      teacher(6, { iin: "850315401231", fullName: "асанова  алия", category: "legacy-first" }),
      teacher(7, { education: null, categoryDate: "2026-01-01" }),
    ]);
    expect(brief(problems)).toEqual([
      "category-legacy E6",
      "required-missing D7",
      "category-date-future G7",
      "iin-duplicate F6",
      "name-duplicate B6",
    ]);
    expect(problems.find((p) => p.code === "name-duplicate")!.message.en).toContain("row 5");
  });

  it("works the same on rows rebuilt from a submission (ИИН key, no ИИН)", () => {
    const key = "a".repeat(64);
    const problems = run([
      teacher(5, { iinKey: key }),
      teacher(6, { iinKey: "b".repeat(64) }),
      teacher(8, { iinKey: key }),
    ]);
    expect(brief(problems)).toEqual(["iin-duplicate F8"]);
    expect(problems[0]!.value).toBeNull();
  });

  it("rejects an award date after the report date", () => {
    const problems = run([
      teacher(5, { categoryDate: "2025-10-02" }),
      teacher(6, { categoryDate: "2025-10-01" }),
    ]);
    expect(brief(problems)).toEqual(["category-date-future G5"]);
    expect(problems[0]!.message.ru).toBe(
      "Дата присвоения категории (02.10.2025) позже даты отчёта (01.10.2025). Проверьте и исправьте дату.",
    );
  });

  it("warns when the five-year term has passed: the expiry day itself is still valid", () => {
    const rows = [
      teacher(5, { categoryDate: "2020-10-01" }),
      teacher(6, { categoryDate: "2020-09-30" }),
      teacher(7, { categoryDate: "2020-10-02" }),
    ];
    const problems = run(rows);
    expect(brief(problems)).toEqual(["attestation-overdue G6"]);
    expect(problems[0]!.severity).toBe("warning");
    expect(problems[0]!.message.kk).toContain("30.09.2025");
    expect(problems[0]!.message.ru).toBe(
      "Пятилетний срок категории истёк 30.09.2025 (присвоена 30.09.2020). Запланируйте аттестацию педагога или укажите новую дату присвоения.",
    );
  });

  it("handles 29 February awards", () => {
    expect(brief(run([teacher(5, { categoryDate: "2020-02-29" })], "2025-02-28"))).toEqual([]);
    expect(brief(run([teacher(5, { categoryDate: "2020-02-29" })], "2025-03-01"))).toEqual([
      "attestation-overdue G5",
    ]);
  });

  it("never calls a teacher without a category or a trainee overdue", () => {
    const rows = [
      teacher(5, { category: "none", categoryDate: "2015-01-01" }),
      teacher(6, { category: "trainee", categoryDate: "2015-01-01" }),
    ];
    expect(run(rows)).toEqual([]);
  });

  it("warns on every legacy category row, naming the category in each language", () => {
    const problems = run([
      teacher(5, { category: "legacy-first" }),
      teacher(6, { category: "legacy-higher" }),
    ]);
    expect(brief(problems)).toEqual(["category-legacy E5", "category-legacy E6"]);
    expect(problems[0]!.message.kk.startsWith("«Бірінші санат»")).toBe(true);
    expect(problems[0]!.message.ru.startsWith("«Первая категория»")).toBe(true);
  });

  it("warns once on a bare-year award date, and judges it by its year only", () => {
    const problems = run([
      teacher(5, { categoryDate: "2025-01-01", categoryDateYearOnly: true }),
      teacher(6, { categoryDate: "2026-01-01", categoryDateYearOnly: true }),
      teacher(7, { categoryDate: "2020-01-01", categoryDateYearOnly: true }),
    ]);
    expect(brief(problems)).toEqual([
      "date-year-only G5",
      "date-year-only G6",
      "category-date-future G6",
      "date-year-only G7",
      "attestation-overdue G7",
    ]);
    expect(problems[0]!.value).toBe("2025");
  });

  it("warns on the same name twice in one organisation, whatever the case and spacing", () => {
    const rows = [
      teacher(5, { fullName: "Ким Елена" }),
      teacher(6, { fullName: "КИМ  ЕЛЕНА" }),
      teacher(7, { fullName: "Ким Елена", organizationKey: "ясли-сад №2" }),
      teacher(8, { fullName: "Пётр Ким" }),
      teacher(9, { fullName: "Петр Ким" }),
    ];
    const problems = run(rows);
    expect(brief(problems)).toEqual(["name-duplicate B6", "name-duplicate B9"]);
    expect(problems[0]!.message.ru).toContain("в строке 5");
  });

  it("warns on implausible experience, using the age from the ИИН", () => {
    const rows = [
      teacher(5, { experienceYears: -1 }),
      teacher(6, { experienceYears: 51 }),
      teacher(7, { experienceYears: 50 }),
      // born 2001-03-05: 24 on the report date, so at most 8 years
      teacher(8, { iin: "010305509879", experienceYears: 9, mentor: "x" }),
      teacher(9, { iin: "010305509879", experienceYears: 8 }),
    ];
    const problems = run(rows);
    expect(brief(problems)).toEqual([
      "experience-implausible H5",
      "experience-implausible H6",
      "experience-implausible H8",
      "iin-duplicate F9",
    ]);
    expect(problems[2]!.message.en).toBe(
      "9 years of teaching experience is implausible: expected 0 to 8 years. Check the experience in years.",
    );
  });

  it("warns on a young specialist without a mentor only when both columns exist", () => {
    const rows = [
      teacher(5, { experienceYears: 2.5 }),
      teacher(6, { experienceYears: 1, mentor: "Петрова А." }),
      teacher(7, { experienceYears: 3 }),
    ];
    expect(brief(run(rows))).toEqual(["mentor-missing I5"]);
    expect(run(rows)[0]!.message.ru).toBe(
      "У молодого специалиста (стаж 2,5 г., меньше 3 лет) не указан наставник. Впишите ФИО наставника.",
    );
    expect(
      run(
        rows,
        "2025-10-01",
        ALL.filter((f) => f !== "mentor"),
      ),
    ).toEqual([]);
    expect(run([teacher(5, { experienceYears: 1, unreadable: ["mentor"] })])).toEqual([]);
  });

  it("skips the rules measured against the report date when it is not a date, instead of throwing", () => {
    const rows = [
      teacher(5, {
        categoryDate: "2010-01-01",
        categoryDateYearOnly: true,
        iin: "010305509879",
        experienceYears: 20,
      }),
    ];
    const problems = validateTeachers(rows, {
      asOf: undefined as unknown as string,
      present: ALL,
      letters: LETTERS,
    });
    expect(brief(problems)).toEqual(["date-year-only G5"]);
  });

  it("locates problems without letters at the whole row", () => {
    const problems = validateTeachers([teacher(5, { fullName: "" })], { asOf: "2025-10-01", present: ALL });
    expect(problems.map((p) => [p.code, p.row, p.column, p.field])).toEqual([
      ["required-missing", 5, null, "fullName"],
    ]);
  });
});

describe("errors only (what the server decides on)", () => {
  it("gives exactly the full list's errors, and no warning", () => {
    const teachers = [
      teacher(2, { categoryDate: "2019-01-10" }), // attestation overdue: a warning
      teacher(3, { fullName: "Педагог 9", experienceYears: 1, mentor: null }), // mentor missing: a warning
      teacher(4, { fullName: "Педагог 9" }), // the same name in the same organisation: a warning
      teacher(5, { education: null }), // required value missing: an error
      teacher(6, { categoryDate: "2027-01-01" }), // award date after the report date: an error
    ];
    const opts = { asOf: "2026-05-31", present: ALL, letters: LETTERS };
    const all = validateTeachers(teachers, opts);
    expect(
      all
        .filter((p) => p.severity === "warning")
        .map((p) => p.code)
        .sort(),
    ).toEqual(["attestation-overdue", "mentor-missing", "name-duplicate"]);
    const errors = validateTeachers(teachers, { ...opts, errorsOnly: true });
    expect(errors).toEqual(all.filter((p) => p.severity === "error"));
    expect(errors.map((p) => [p.code, p.row])).toEqual([
      ["required-missing", 5],
      ["category-date-future", 6],
    ]);
  });
});
