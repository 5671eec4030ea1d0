import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem, Summary } from "@sapa/shared";
import { runCli, STACK_TRACE, validIin } from "../../test/run-cli.ts";

interface CheckJson {
  file: string;
  sheet: string;
  headerRow: number | null;
  columns: { field: string; letter: string; header: string }[];
  problems: Problem[];
  summary: Summary;
}

let dir: string;
let russian: string;
let kazakhErrors: string;
let oddHeader: string;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * A Russian roster as districts keep it: an explanatory sheet first, then the list with a merged title,
 * a date line, "№" column, a numeric ИИН that lost its leading zero, date cells and text dates, a blank
 * row and a subtotal row.
 */
async function writeRussianRoster(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const note = workbook.addWorksheet("Пояснение");
  note.getCell("A1").value = "Пояснительная записка";
  note.getCell("A2").value = "Данные на 31.05.2026";
  note.getCell("B3").value = 42;

  const sheet = workbook.addWorksheet("Список");
  sheet.getCell("A1").value = "Список педагогов дошкольных организаций Алгинского района";
  sheet.mergeCells("A1:H1");
  sheet.getCell("A2").value = "по состоянию на 31.05.2026";
  sheet.addRow([]); // placeholder so row 3 is next
  const header = [
    "№",
    "ФИО",
    "ИИН",
    "Организация",
    "Образование",
    "Категория",
    "Дата присвоения категории",
    "Стаж",
  ];
  sheet.getRow(3).values = header;
  const rows: ExcelJS.CellValue[][] = [
    [
      1,
      "Иванова Анна Петровна",
      61211600012,
      "Детский сад №1",
      "высшее",
      "педагог-эксперт",
      utc(2025, 10, 15),
      1,
    ],
    [
      2,
      "Петрова Мария Ивановна",
      validIin("75031240001"),
      "детский сад  № 1",
      "Высшее",
      "Педагог – модератор",
      "15.09.2023",
      12,
    ],
    [
      3,
      "Сидорова Елена Викторовна",
      validIin("82071540002"),
      "Детский сад № 2",
      "средне-специальное",
      "педагог-исследователь",
      "01.12.2025",
      20,
    ],
    [
      4,
      "Ахметов Ерлан Серикович",
      validIin("90010140005"),
      "Детский сад № 2",
      "среднее специальное",
      "без категории",
      null,
      2,
    ],
    [
      5,
      "Смирнова Ольга Павловна",
      validIin("79052430004"),
      "Детский сад №1",
      "высшее",
      "высшая категория",
      utc(2019, 5, 10),
      25,
    ],
  ];
  rows.forEach((values, i) => {
    const row = sheet.getRow(4 + i);
    row.values = values;
    row.getCell(7).numFmt = "dd.mm.yyyy";
  });
  sheet.getRow(10).values = ["Итого", null, null, null, null, null, null, 5];
  await workbook.xlsx.writeFile(file);
}

/** A Kazakh roster with errors on the first sheet, and a second sheet that is not a roster. */
async function writeKazakhRosterWithErrors(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Тізім");
  const iin = validIin("88110240003");
  const badChecksum = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
  sheet.addRows([
    ["Аты-жөні", "ЖСН", "Балабақша", "Білімі", "Санаты", "Санат берілген күні"],
    ["Әлиева Айгүл Серікқызы", iin, "«Балдырған» балабақшасы", "жоғары", "педагог-сарапшы", utc(2024, 3, 1)],
    ["Бекова Гүлнар Маратқызы", iin, "«Балдырған» балабақшасы", "жоғары", "педагог-шебер", "31.02.2024"],
    ["Серікова Дана Бекқызы", badChecksum, "«Балдырған» балабақшасы", "арнаулы орта", "супер-педагог", null],
    [null, validIin("91020250006"), "«Балдырған» балабақшасы", "жоғары", "педагог", null],
  ]);
  sheet.getCell("F2").numFmt = "dd.mm.yyyy";
  const other = workbook.addWorksheet("Анықтама");
  other.getCell("A1").value = "Жиынтық";
  await workbook.xlsx.writeFile(file);
}

/** A roster whose category column has a header the synonyms do not know. */
async function writeOddHeaderRoster(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.addRows([
    ["Аты-жөні", "Ұйымның атауы", "Білімі", "Аттестация нәтижесі"],
    ["Омарова Сәуле", "№5 балабақша", "жоғары", "педагог-зерттеуші"],
    ["Нұрланова Әсел", "№5 балабақша", "арнаулы орта", "педагог-модератор"],
  ]);
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-check-"));
  russian = join(dir, "alga-ru.xlsx");
  kazakhErrors = join(dir, "errors-kk.xlsx");
  oddHeader = join(dir, "odd-header.xlsx");
  await Promise.all([
    writeRussianRoster(russian),
    writeKazakhRosterWithErrors(kazakhErrors),
    writeOddHeaderRoster(oddHeader),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("sapa check (real process, real .xlsx)", () => {
  it("reads a Russian roster past a non-roster sheet and prints exact figures as JSON", async () => {
    const result = await runCli(["check", russian, "--as-of", "2026-05-31", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json.file).toBe(russian);
    expect(json.sheet).toBe("Список");
    expect(json.headerRow).toBe(3);
    expect(json.columns.map((c) => `${c.letter}:${c.field}`).sort()).toEqual(
      [
        "B:fullName",
        "C:iin",
        "D:organization",
        "E:education",
        "F:category",
        "G:categoryDate",
        "H:experienceYears",
      ].sort(),
    );
    const s = json.summary;
    expect(s.year).toBe("2025-2026");
    expect(s.asOf).toBe("2026-05-31");
    expect(s.teachers).toBe(5);
    expect(s.organizations).toBe(2);
    expect(s.byCategory).toEqual({
      none: 1,
      trainee: 0,
      pedagog: 0,
      moderator: 1,
      expert: 1,
      researcher: 1,
      master: 0,
      "legacy-higher": 1,
      "legacy-first": 0,
      "legacy-second": 0,
      unknown: 0,
    });
    expect(s.byEducation).toEqual({ higher: 3, vocational: 2, secondary: 0, unknown: 0 });
    expect(s.qualitativeShare).toBe(0.4);
    // The date cell (15.10.2025) and the text date (01.12.2025) fall in 2025-2026; 15.09.2023 does not.
    expect(s.awardedInYear.expert).toBe(1);
    expect(s.awardedInYear.researcher).toBe(1);
    expect(s.awardedInYear.moderator).toBe(0);
    expect(s.stage.stage).toBe(1);
    const stage = s.stage.categories!;
    expect(stage.expert.target).toBe(0.05);
    expect(stage.expert.actual).toBeCloseTo(0.2, 10);
    expect(stage.expert.gapPp).toBeCloseTo(-15, 10);
    expect(stage.expert.teachersNeeded).toBe(0);
    expect(stage.moderator.gapPp).toBeCloseTo(8, 10);
    // 5 teachers: 8% is 0.4 of a teacher and 0.01% 0.0005: under half a teacher, the region's targets.
    expect(stage.moderator).toMatchObject({ teachersNeeded: 0, regionalTarget: true });
    expect(stage.master).toMatchObject({ teachersNeeded: 0, regionalTarget: true });
    // 2 awards of 5 = 40%: above the 10–15% band.
    expect(s.stage.total).toMatchObject({ teachersNeeded: 0, verdict: "above" });
    expect(s.attestationOverdue).toBe(1); // 10.05.2019 + 5 years < 31.05.2026

    // Warnings only: the legacy category and its overdue attestation, on the sheet's own row 8.
    expect(json.problems.filter((p) => p.severity === "error")).toEqual([]);
    const warnings = json.problems
      .filter((p) => p.severity === "warning")
      .map((p) => `${p.code}@${p.column}${p.row}`);
    expect(warnings).toContain("category-legacy@F8");
    expect(warnings).toContain("attestation-overdue@G8");
    // The numeric ИИН 61211600012 is 061211600012 with its zero lost: no ИИН problem anywhere.
    expect(json.problems.some((p) => p.code.startsWith("iin"))).toBe(false);
  });

  it("dates a past or later year's check within that year when only --year is given", async () => {
    // Today (December 2026 or later) is past 2025-2026: the year's last day; 2099-2100 has not begun: its first.
    const past = await runCli(["check", russian, "--year", "2025-2026", "--json"]);
    const later = await runCli(["check", russian, "--year", "2099-2100", "--json"]);
    expect([past.stderr, later.stderr]).toEqual(["", ""]);
    expect((JSON.parse(past.stdout) as CheckJson).summary.asOf).toBe("2026-08-31");
    expect((JSON.parse(later.stdout) as CheckJson).summary.asOf).toBe("2099-09-01");
  });

  it("takes the report date as people write it: --as-of 31.05.2026 is 2026-05-31", async () => {
    const dotted = await runCli(["check", russian, "--as-of", "31.05.2026", "--json"]);
    const iso = await runCli(["check", russian, "--as-of", "2026-05-31", "--json"]);
    expect([dotted.code, dotted.stderr]).toEqual([0, ""]);
    expect(JSON.parse(dotted.stdout)).toEqual(JSON.parse(iso.stdout));
    expect((JSON.parse(dotted.stdout) as CheckJson).summary.asOf).toBe("2026-05-31");
  });

  it("prints problems and figure tables for people, in the language asked for", async () => {
    const result = await runCli(["check", russian, "--as-of", "2026-05-31", "--lang", "ru"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Лист: Список");
    // The report date and the columns as the pane writes them: 31.05.2026, field names in Russian.
    expect(result.stdout).toContain("Дата отчёта: 31.05.2026   Учебный год: 2025-2026");
    expect(result.stdout).toContain(
      "Столбцы: B=ФИО, C=ИИН, D=Дошкольная организация, E=Образование, F=Квалификационная категория",
    );
    expect(result.stdout).toMatch(/Предупреждения \(\d+\)/);
    expect(result.stdout).toContain("Педагог-эксперт");
    expect(result.stdout).toContain("40,00%");
    expect(result.stdout).toContain("Высшая категория");
  });

  it("exits 1 on a roster with errors and points at the sheet's own rows and columns", async () => {
    const result = await runCli(["check", kazakhErrors, "--as-of", "2026-05-31", "--json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json.sheet).toBe("Тізім");
    expect(json.headerRow).toBe(1);
    const errors = json.problems
      .filter((p) => p.severity === "error")
      .map((p) => `${p.code}@${p.column ?? ""}${p.row}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        "iin-duplicate@B3",
        "date-impossible@F3",
        "iin-checksum@B4",
        "category-unknown@E4",
        "required-missing@A5",
      ]),
    );
    expect(json.summary.byCategory.unknown).toBe(1);
    for (const p of json.problems) expect(p.message.kk.length).toBeGreaterThan(0);

    const text = await runCli(["check", kazakhErrors, "--as-of", "2026-05-31"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Қателер \(\d+\)/);
    expect(text.stdout).toContain("Тізімде");
  });

  it("says what to do with ИИНs a CSV holds in scientific notation, as Excel saves numbers of 12 digits", async () => {
    // Excel (Russian settings) saves a General-format ИИН column as it shows it: 12 digits as 7,91028E+11,
    // 11 digits (a leading zero lost) in full.
    const csv = join(dir, "excel-export.csv");
    await writeFile(
      csv,
      "\ufeff" +
        [
          "№;ФИО;ИИН;Организация;Образование;Категория",
          "1;Иванова Анна;7,91028E+11;Детский сад №1;высшее;педагог-эксперт",
          "2;Петрова Мария;61211600012;Детский сад №1;высшее;педагог",
        ].join("\r\n") +
        "\r\n",
    );
    const result = await runCli(["check", csv, "--as-of", "2026-05-31", "--lang", "ru", "--json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(
      json.problems.filter((p) => p.field === "iin").map((p) => `${p.code}@${p.column}${p.row}`),
    ).toEqual(["iin-scientific@C2"]);
    const [problem] = json.problems.filter((p) => p.code === "iin-scientific");
    expect(problem!.message.ru).toContain("«7,91028E+11»");
    expect(problem!.message.ru).toContain("формат «Текстовый»");
    const text = await runCli(["check", csv, "--as-of", "2026-05-31", "--lang", "kk"]);
    expect(text.stdout).toContain("экспоненциалдық түрде сақталған");
  });

  it("takes --sheet and --map overrides", async () => {
    const unmapped = await runCli(["check", oddHeader, "--as-of", "2026-05-31", "--json"]);
    expect(unmapped.code).toBe(1);
    const missing = (JSON.parse(unmapped.stdout) as CheckJson).problems.filter((p) => p.severity === "error");
    expect(missing.length).toBeGreaterThan(0);

    const mapped = await runCli([
      "check",
      oddHeader,
      "--as-of=15.10.2026",
      "--year",
      "2026-2027",
      "--map",
      "category=Аттестация нәтижесі",
      "--sheet",
      "Sheet1",
      "--json",
    ]);
    expect(mapped.stderr).toBe("");
    expect(mapped.code).toBe(0);
    const json = JSON.parse(mapped.stdout) as CheckJson;
    expect(json.summary.year).toBe("2026-2027");
    expect(json.summary.stage.stage).toBe(2);
    expect(json.summary.byCategory.researcher).toBe(1);
    expect(json.summary.byCategory.moderator).toBe(1);
    expect(json.summary.qualitativeShare).toBe(0.5);
  });

  it("refuses usage mistakes and unreadable files with exit 2, a clear message and no stack trace", async () => {
    // A .txt or .csv is read as a text export now: a .pdf is no spreadsheet Sapa reads.
    const notXlsx = join(dir, "roster.xlsx.pdf");
    await writeFile(notXlsx, "ФИО;Категория\n");
    const cases: { args: string[]; expect: RegExp }[] = [
      { args: ["frobnicate"], expect: /frobnicate/ },
      { args: ["check", russian, "--bogus"], expect: /--bogus/ },
      { args: ["check", russian, "--as-of", "2026-02-30"], expect: /2026-02-30/ },
      { args: ["check", russian, "--year", "2025-2027"], expect: /2025-2027/ },
      // A report date outside the year given: both named, with the year's bounds (the server would refuse it).
      {
        args: ["check", russian, "--as-of", "07.12.2026", "--year", "2025-2026", "--lang", "ru"],
        expect: /07\.12\.2026 не входит в учебный год --year 2025-2026 \(01\.09\.2025 – 31\.08\.2026\)/,
      },
      { args: ["check", russian, "--map", "shoeSize=Размер"], expect: /shoeSize=Размер/ },
      { args: ["check", russian, "--lang", "de"], expect: /de/ },
      { args: ["check"], expect: /FILE\.xlsx/ },
      { args: ["check", join(dir, "missing.xlsx")], expect: /missing\.xlsx/ },
      { args: ["check", notXlsx], expect: /roster\.xlsx\.pdf/ },
      { args: ["check", russian, "--sheet", "Лист9"], expect: /Лист9.*«Пояснение», «Список»/ },
    ];
    const results = await Promise.all(cases.map((c) => runCli(c.args)));
    results.forEach((result, i) => {
      const c = cases[i]!;
      expect({ args: c.args, code: result.code }).toEqual({ args: c.args, code: 2 });
      expect(result.stderr).toMatch(c.expect);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.stdout).toBe("");
    });
  });

  it("refuses to submit a roster with errors before touching the network", async () => {
    // Port 9 (discard) has no server: reaching the network would be exit 2, not 1.
    const result = await runCli([
      "submit",
      kazakhErrors,
      "--district",
      "alga",
      "--as-of",
      "2026-05-31",
      "--server",
      "http://127.0.0.1:9",
      "--token",
      "x",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Қателер \(\d+\)/);
    expect(result.stderr).toContain("жіберілмеді");
    const noDistrict = await runCli(["submit", russian]);
    expect(noDistrict.code).toBe(2);
    expect(noDistrict.stderr).toContain("--district");
  });

  it("speaks the language given by --lang in its error messages", async () => {
    const ru = await runCli(["check", join(dir, "missing.xlsx"), "--lang", "ru"]);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toContain("Файл не найден");
    const kk = await runCli(["check", join(dir, "missing.xlsx")]);
    expect(kk.stderr).toContain("Файл табылмады");
    // A folder named instead of the file in it is said to be a folder, not a missing file.
    const folder = await runCli(["check", dir, "--lang", "ru"]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`Это папка, а не файл: ${dir}`);
  });
});
