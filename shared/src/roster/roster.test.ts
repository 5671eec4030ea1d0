import { describe, expect, it } from "vitest";
import { readRoster } from "./roster.ts";
import { EXCEL_BOOLEANS } from "./cells.ts";
import type { CellValue, Problem } from "../types.ts";

const brief = (problems: Problem[]) => problems.map((p) => `${p.code} ${p.column ?? "-"}${p.row}`);

// A district roster as staff keep it: title rows, a header with line breaks, a column-numbering row,
// a numbering column, blank and subtotal rows, numeric and text ИИН, date serials, text dates, bare years.
const kazakhValues: CellValue[][] = [
  ["Алға ауданы бойынша мектепке дейінгі ұйымдар педагогтерінің сапалық құрамы"],
  ["2025-2026 оқу жылы"],
  [],
  [
    "№ р/с",
    "Тегі, аты,\nәкесінің аты",
    "Мектепке дейінгі\nұйымның атауы",
    "Лауазымы",
    "Білімі",
    "Біліктілік\nсанаты",
    "ЖСН",
    "Санат берілген\nкүні",
    "Педагогикалық өтілі (жыл)",
    "Тәлімгері",
    "Тағылымдама",
    "Шараларға қатысуы",
    "Ескерту",
  ],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  [
    1,
    "Ахметова Айгүл Серікқызы",
    "№1 «Балапан» бөбекжай-балабақшасы",
    "тәрбиеші",
    "Жоғары",
    "Педагог-сарапшы",
    850315401231,
    45550,
    12,
    null,
    "иә",
    "семинар, шеберхана",
    null,
  ],
  [
    2,
    "Серікова  Дана\u00a0Маратқызы",
    "№ 1 Балапан бөбекжай-балабақшасы",
    "тәрбиеші",
    "арнаулы орта",
    "педагог – модератор",
    "010305509879",
    "15.03.2023",
    "1 жыл",
    null,
    "жоқ",
    "жоқ",
  ],
  [],
  [null, "Барлығы: 2 педагог"],
  [
    3,
    "Жұмабаева Гүлнар",
    "Айгөлек балабақшасы",
    "әдіскер",
    "Жоғары",
    "жоғары санат",
    61211600012,
    2019,
    "2",
    "Ахметова А.",
    45000,
    1,
  ],
  [
    4,
    "Ахметова Айгүл Серікқызы",
    "№1 Балапан бөбекжай-балабақшасы",
    "тәрбиеші",
    "ТиПО",
    "эксперт",
    850315401232,
    "31.02.2024",
    "көп",
    "-",
    "белгісіз",
    null,
  ],
  [
    5,
    "Нұрланова Әйгерім",
    null,
    "тәрбиеші",
    "бакалавр",
    "Педагог-зерттеуші",
    "900712404563",
    "2026-01-10",
    3,
    null,
    null,
    null,
  ],
  [
    6,
    "Қасымова Б.",
    "Айгөлек",
    "тәрбиеші",
    "Жоғары",
    "супер педагог",
    "900712404563",
    "2020 ж.",
    null,
    null,
    null,
    null,
  ],
  [7],
  ["Жиыны", null, 6],
];
const kazakhFormats = kazakhValues.map((row) => row.map(() => "General"));
kazakhFormats[5]![7] = "dd.mm.yyyy";
kazakhFormats[9]![10] = "m/d/yyyy";

describe("readRoster on a Kazakh district roster", () => {
  const read = readRoster({ values: kazakhValues, numberFormats: kazakhFormats }, { asOf: "2025-10-01" });

  it("finds the header under the title rows and maps every known column", () => {
    expect(read.layout?.headerRow).toBe(4);
    expect(read.layout?.columns.map((c) => `${c.field}:${c.letter}`)).toEqual([
      "fullName:B",
      "organization:C",
      "education:E",
      "category:F",
      "iin:G",
      "position:D",
      "categoryDate:H",
      "experienceYears:I",
      "mentor:J",
      "internship:K",
      "eventParticipation:L",
    ]);
    expect(read.layout?.ignored).toEqual([{ letter: "M", header: "Ескерту" }]);
    expect(read.present).not.toContain("lastCourseDate");
  });

  it("reads teacher rows only: numbering, blank, subtotal and lone-number rows are skipped", () => {
    expect(read.teachers.map((t) => t.row)).toEqual([6, 7, 10, 11, 12, 13]);
  });

  it("normalises every field", () => {
    const [a, b, c, d, e, f] = read.teachers;
    expect(a).toEqual({
      row: 6,
      fullName: "Ахметова Айгүл Серікқызы",
      organization: "№1 «Балапан» бөбекжай-балабақшасы",
      organizationKey: "№1 балапан бобекжай-балабакшасы",
      education: "higher",
      category: "expert",
      iin: "850315401231",
      iinKey: null,
      position: "тәрбиеші",
      categoryDate: "2024-09-15",
      categoryDateYearOnly: false,
      experienceYears: 12,
      lastCourseDate: null,
      mentor: null,
      internship: true,
      eventParticipation: true,
      unreadable: [],
    });
    expect(b).toMatchObject({
      fullName: "Серікова Дана Маратқызы",
      organizationKey: a!.organizationKey,
      education: "vocational",
      category: "moderator",
      iin: "010305509879",
      categoryDate: "2023-03-15",
      experienceYears: 1,
      internship: false,
      eventParticipation: false,
    });
    expect(c).toMatchObject({
      category: "legacy-higher",
      iin: "061211600012",
      categoryDate: "2019-01-01",
      categoryDateYearOnly: true,
      experienceYears: 2,
      mentor: "Ахметова А.",
      internship: "2023-03-15",
      eventParticipation: true,
    });
    expect(d).toMatchObject({
      education: "vocational",
      category: "expert",
      iin: null,
      categoryDate: null,
      experienceYears: null,
      mentor: null,
      internship: null,
      unreadable: ["iin", "categoryDate", "experienceYears", "internship"],
    });
    expect(e).toMatchObject({
      organization: "",
      organizationKey: "",
      education: "higher",
      category: "researcher",
      categoryDate: "2026-01-10",
    });
    expect(f).toMatchObject({
      category: null,
      categoryDate: "2020-01-01",
      categoryDateYearOnly: true,
      unreadable: ["category"],
    });
  });

  it("reports exactly the problems a district must fix, sorted by row and column", () => {
    expect(brief(read.problems)).toEqual([
      "mentor-missing J7",
      "category-legacy F10",
      "date-year-only H10",
      "attestation-overdue H10",
      "name-duplicate B11",
      "iin-checksum G11",
      "date-impossible H11",
      "experience-unreadable I11",
      "value-unreadable K11",
      "required-missing C12",
      "category-date-future H12",
      "category-unknown F13",
      "iin-duplicate G13",
      "date-year-only H13",
    ]);
    const severities = Object.fromEntries(read.problems.map((p) => [p.code, p.severity]));
    expect(severities).toMatchObject({
      "iin-checksum": "error",
      "date-impossible": "error",
      "required-missing": "error",
      "category-date-future": "error",
      "category-unknown": "error",
      "iin-duplicate": "error",
      "mentor-missing": "warning",
      "attestation-overdue": "warning",
      "name-duplicate": "warning",
    });
  });

  it("says in each language what is wrong and what to do", () => {
    const dup = read.problems.find((p) => p.code === "iin-duplicate")!;
    expect(dup.message.kk).toBe("Бұл ЖСН 12-жолда бар. Қайталанған жолды жойыңыз немесе ЖСН-ді түзетіңіз.");
    expect(dup.message.ru).toBe(
      "Этот ИИН уже указан в строке 12. Удалите повторную строку или исправьте ИИН.",
    );
    const overdue = read.problems.find((p) => p.code === "attestation-overdue")!;
    expect(overdue.message.ru).toContain("истёк 01.01.2024 (присвоена 2019)");
    const unknown = read.problems.find((p) => p.code === "category-unknown")!;
    expect(unknown.value).toBe("супер педагог");
    expect(unknown.message.kk).toContain("Педагог-сарапшы");
    expect(unknown.message.ru).toContain("Педагог-эксперт");
  });
});

describe("readRoster on a Russian roster placed away from A1", () => {
  const values: CellValue[][] = [
    ["Список педагогов дошкольных организаций Мартукского района"],
    [
      "№ п/п",
      "Ф.И.О.",
      "Наименование ДО",
      "Образование",
      "Квалификационная категория",
      "ИИН",
      "Дата присвоения категории",
      "Стаж",
      "Курсы повышения квалификации",
      "Наставник",
      "Участие в мероприятиях",
    ],
    [
      1,
      "Петрова Ольга Ивановна",
      "ГККП «Ясли-сад №3»",
      "высшее",
      "Педагог-эксперт",
      "880202303212",
      "20.05.2021",
      "10 лет",
      "12.04.2024",
      "нет",
      "да",
    ],
    [
      2,
      "Ким Елена",
      "ГККП Ясли-сад № 3",
      "среднее специальное",
      "первая категория",
      950601406545,
      "5/20/2018",
      "5,5",
      2024,
      null,
      "нет",
    ],
    [null, "Итого: 2"],
  ];
  const read = readRoster({ values, firstRow: 3, firstColumn: 2 }, { asOf: "2025-10-01" });

  it("uses the sheet's own row numbers and column letters", () => {
    expect(read.layout?.headerRow).toBe(4);
    expect(read.layout?.columns.find((c) => c.field === "fullName")?.letter).toBe("C");
    expect(read.teachers.map((t) => t.row)).toEqual([5, 6]);
    expect(brief(read.problems)).toEqual(["category-legacy F6", "attestation-overdue H6"]);
  });

  it("reads Russian values", () => {
    const [a, b] = read.teachers;
    expect(a).toMatchObject({
      education: "higher",
      category: "expert",
      categoryDate: "2021-05-20",
      experienceYears: 10,
      lastCourseDate: "2024-04-12",
      mentor: null,
      eventParticipation: true,
    });
    expect(b).toMatchObject({
      education: "vocational",
      category: "legacy-first",
      iin: "950601406545",
      categoryDate: "2018-05-20",
      experienceYears: 5.5,
      lastCourseDate: "2024-01-01",
      eventParticipation: false,
    });
    expect(a!.organizationKey).toBe("гккп ясли-сад №3");
    expect(b!.organizationKey).toBe(a!.organizationKey);
  });
});

describe("readRoster field readers", () => {
  const header = [
    "ФИО",
    "Организация",
    "Образование",
    "Категория",
    "Стаж",
    "Наставник",
    "Стажировка",
    "Участие в мероприятиях",
  ];
  const read = (cells: CellValue[], formats: (string | null)[] = []) =>
    readRoster(
      {
        values: [header, ["Ким Елена", "Ясли-сад №1", "высшее", "эксперт", ...cells]],
        numberFormats: [[], formats],
      },
      { asOf: "2025-10-01" },
    );

  it("reads experience written as years, years and months, or a decimal with a comma", () => {
    const years = (v: CellValue) => read([v, "Петрова"]).teachers[0]!.experienceYears;
    expect([
      years(7),
      years("7"),
      years("5,5"),
      years("5.5"),
      years("5 жыл"),
      years("3 г."),
      years("10 лет"),
    ]).toEqual([7, 7, 5.5, 5.5, 5, 3, 10]);
    expect(years("5 жыл 6 ай")).toBe(5.5);
    expect(years("2 г. 3 мес.")).toBe(2.25);
  });

  it("asks for years when the experience cell holds a date or words", () => {
    const dated = read([42248, "Петрова"], [null, null, null, null, "dd.mm.yyyy"]);
    expect(brief(dated.problems)).toEqual(["experience-unreadable E2"]);
    expect(dated.problems[0]!.value).toBe("42248");
    expect(brief(read(["көп", "Петрова"]).problems)).toEqual(["experience-unreadable E2"]);
    expect(brief(read([true, "Петрова"]).problems)).toEqual(["experience-unreadable E2"]);
  });

  it("reads no-mentor words as no mentor", () => {
    for (const v of [
      "жоқ",
      "ЖОҚ",
      "Нет",
      "-",
      "—",
      "–",
      "0",
      "No",
      "NONE",
      "Тәлімгері жоқ",
      "Наставника  нет",
      "\u200bнет",
      "FALSE",
      "ЛОЖЬ",
      "Жалған",
      null,
      "",
      false,
    ]) {
      expect(read([1, v]).teachers[0]!.mentor, String(v)).toBeNull();
    }
    expect(read([1, "  Петрова   А.  "]).teachers[0]!.mentor).toBe("Петрова А.");
    // Names that start as those words do are names.
    for (const name of ["Нұрланова А.", "Жанар Б.", "Тоқтарова Г.", "Noyabrova D."])
      expect(read([1, name]).teachers[0]!.mentor).toBe(name);
  });

  it("reads internships as yes, no or a date, and event participation from words, counts or event lists", () => {
    const row = (internship: CellValue, events: CellValue, formats: (string | null)[] = []) => {
      const t = read([10, null, internship, events], formats).teachers[0]!;
      return [t.internship, t.eventParticipation];
    };
    expect(row("иә", "иә")).toEqual([true, true]);
    expect(row("Да", "нет")).toEqual([true, false]);
    expect(row("+", "-")).toEqual([true, false]);
    // TRUE and FALSE as text (a CSV saved by Russian Excel, a value pasted from another program).
    expect(row("ИСТИНА", "ЛОЖЬ")).toEqual([true, false]);
    expect(row("FALSE", "TRUE")).toEqual([false, true]);
    expect(row("Ақиқат", "жалған")).toEqual([true, false]);
    // Every word the web preview shows for a boolean cell reads back as that boolean.
    for (const words of Object.values(EXCEL_BOOLEANS))
      expect(row(words.true, words.false), words.true).toEqual([true, false]);
    expect(row(1, 0)).toEqual([true, false]);
    expect(row(true, 3)).toEqual([true, true]);
    expect(row("жоқ", "семинар «Ойын арқылы оқыту», 2025")).toEqual([false, true]);
    expect(row("12.03.2025", null)).toEqual(["2025-03-12", null]);
    expect(row(45000, null, [null, null, null, null, null, null, "dd.mm.yyyy"])).toEqual([
      "2023-03-15",
      null,
    ]);
    expect(row(2024, null)).toEqual(["2024-01-01", null]);
    const odd = read([10, null, "белгісіз", -1]);
    expect(brief(odd.problems)).toEqual(["value-unreadable G2", "value-unreadable H2"]);
    expect(odd.teachers[0]!.unreadable).toEqual(["internship", "eventParticipation"]);
    expect(odd.problems[0]!.message.ru).toBe(
      "Значение «белгісіз» в столбце «Стажировка» не распознано. Запишите: «да», «нет» или дату (ДД.ММ.ГГГГ).",
    );
  });

  it("keeps a text ИИН that lost its zero as a length error, but pads a numeric one", () => {
    const header2 = ["ФИО", "Организация", "Образование", "Категория", "ИИН"];
    const r = readRoster(
      {
        values: [
          header2,
          ["Ким Елена", "Ясли-сад №1", "высшее", "эксперт", 61211600012],
          ["Ли Анна", "Ясли-сад №1", "высшее", "эксперт", "61211600012"],
          ["Ан Ольга", "Ясли-сад №1", "высшее", "эксперт", "0612 1160 0012"],
          ["Цой Инна", "Ясли-сад №1", "высшее", "эксперт", "791028702728"],
        ],
      },
      { asOf: "2025-10-01" },
    );
    expect(r.teachers.map((t) => t.iin)).toEqual(["061211600012", null, "061211600012", null]);
    expect(brief(r.problems)).toEqual(["iin-length E3", "iin-duplicate E4", "iin-birth-date E5"]);
  });
});

describe("readRoster on slash dates, month first or day first", () => {
  const sheet = (dates: string[]) =>
    readRoster(
      {
        values: [
          ["ФИО", "Организация", "Образование", "Категория", "Дата присвоения категории"],
          ...dates.map((d, i) => [`Педагог ${i + 1}`, "Ясли-сад №1", "высшее", "модератор", d]),
        ],
      },
      { asOf: "2026-05-31" },
    );

  it("reads a sheet written month first (Excel's CSV with US settings) month first throughout, and says so", () => {
    const read = sheet(["5/14/2021", "5/6/2021", "12/1/2021", "3/3/2022"]);
    expect(read.teachers.map((t) => t.categoryDate)).toEqual([
      "2021-05-14",
      "2021-05-06",
      "2021-12-01",
      "2022-03-03",
    ]);
    const notice = read.problems.find((p) => p.code === "date-month-first")!;
    expect(brief([notice])).toEqual(["date-month-first E2"]);
    expect(notice.severity).toBe("info");
    expect(notice.message.ru).toContain("«5/14/2021»");
    // 12/1/2021 is 1 December 2021: its term ends on 1 December 2026, so it is not overdue (read day first,
    // 12 January, it would be); 5/14 and 5/6 ended in May 2026.
    expect(brief(read.problems.filter((p) => p.code === "attestation-overdue"))).toEqual([
      "attestation-overdue E2",
      "attestation-overdue E3",
    ]);
  });

  it("reads a sheet day first when any slash date reads only so, and says nothing", () => {
    const read = sheet(["14/5/2021", "5/6/2021", "5/14/2021"]);
    expect(read.teachers.map((t) => t.categoryDate)).toEqual(["2021-05-14", "2021-06-05", "2021-05-14"]);
    expect(read.problems.filter((p) => p.code === "date-month-first")).toEqual([]);
  });

  it("says nothing where reading month first changed no date", () => {
    const read = sheet(["5/14/2021", "20.05.2021", "5/5/2021"]);
    expect(read.teachers.map((t) => t.categoryDate)).toEqual(["2021-05-14", "2021-05-20", "2021-05-05"]);
    expect(read.problems.filter((p) => p.code === "date-month-first")).toEqual([]);
  });
});

describe("readRoster sheet-level outcomes", () => {
  it("reports a sheet without a header and reads nothing", () => {
    const read = readRoster({ values: [["Есеп"], ["Иванова", "Балапан"]] }, { asOf: "2025-10-01" });
    expect(read.layout).toBeNull();
    expect(read.teachers).toEqual([]);
    expect(brief(read.problems)).toEqual(["header-not-found -1"]);
  });

  it("reports a missing required column once, not on every row", () => {
    const read = readRoster(
      {
        values: [
          ["ФИО", "Организация", "Категория"],
          ["Иванова Анна", "Ясли-сад №1", "модератор"],
          ["Петрова Анна", "Ясли-сад №1", ""],
        ],
      },
      { asOf: "2025-10-01" },
    );
    expect(brief(read.problems)).toEqual(["column-missing -1", "required-missing C3"]);
    expect(read.problems[0]!.field).toBe("education");
    expect(read.problems[0]!.message.ru).toContain("«Білімі» / «Образование»");
    expect(read.teachers.map((t) => t.education)).toEqual([null, null]);
  });

  it("takes an explicit mapping by header text or column letter", () => {
    const values = [
      ["Педагог", "Бала бақша", "Білімі", "Санаты", "Қосымша"],
      ["Иванова Анна", "Ясли-сад №1", "жоғары", "модератор", "эксперт"],
    ];
    const read = readRoster(
      { values },
      { asOf: "2025-10-01", mapping: { fullName: "педагог", organization: "B", category: "E" } },
    );
    expect(read.problems).toEqual([]);
    expect(read.teachers[0]).toMatchObject({
      fullName: "Иванова Анна",
      organization: "Ясли-сад №1",
      category: "expert",
    });
    expect(read.layout?.ignored).toEqual([{ letter: "D", header: "Санаты" }]);
  });

  it("reports a mapping that names no column", () => {
    const values = [
      ["ФИО", "Организация", "Образование", "Категория"],
      ["Иванова Анна", "Ясли-сад №1", "высшее", "эксперт"],
    ];
    const read = readRoster({ values }, { asOf: "2025-10-01", mapping: { iin: "ИИН педагога" } });
    expect(brief(read.problems)).toEqual(["mapping-unknown -1"]);
    expect(read.problems[0]).toMatchObject({ field: "iin", value: "ИИН педагога", severity: "error" });
  });
});

describe("readRoster on layouts seen in real sheets", () => {
  it("reads a two-level header under merged cells and starts after it", () => {
    const values: CellValue[][] = [
      ["Ырғыз ауданы"],
      ["№", "Аты-жөні", "Ұйымның атауы", "Білімі", "Біліктілік санаты", null, "Өтілі"],
      [null, null, null, null, "санаты", "берілген күні", null],
      [1, "Ким Елена", "Балапан", "жоғары", "сарапшы", "10.09.2024", 7],
    ];
    const read = readRoster({ values }, { asOf: "2025-10-01" });
    expect(read.layout?.headerRow).toBe(2);
    expect(read.layout?.columns.map((c) => `${c.field}:${c.letter}:${c.header}`)).toEqual([
      "fullName:B:Аты-жөні",
      "organization:C:Ұйымның атауы",
      "education:D:Білімі",
      "category:E:Біліктілік санаты",
      "categoryDate:F:берілген күні",
      "experienceYears:G:Өтілі",
    ]);
    expect(read.teachers.map((t) => [t.row, t.category, t.categoryDate])).toEqual([
      [4, "expert", "2024-09-10"],
    ]);
    expect(read.problems).toEqual([]);
  });

  it("skips a header repeated further down and signature lines under the table", () => {
    const header = ["№", "ФИО", "Организация", "Образование", "Категория"];
    const values: CellValue[][] = [
      header,
      [1, "Ким Елена", "Ясли-сад №1", "высшее", "эксперт"],
      [...header],
      [2, "Ли Анна", "Ясли-сад №1", "высшее", "модератор"],
      [],
      [null, "Руководитель отдела образования: ____________ А. Серикова"],
      [null, "Исп.: Иванова Д.", null, "тел. 8 (7132) 55-12-34"],
      [null, "Бөлім басшысы", null, null, "Серікова А."],
    ];
    const read = readRoster({ values }, { asOf: "2025-10-01" });
    expect(read.teachers.map((t) => t.row)).toEqual([2, 4]);
    expect(read.problems).toEqual([]);
  });

  it("still reports a teacher row that has only a name", () => {
    const values: CellValue[][] = [["ФИО", "Организация", "Образование", "Категория"], ["Ким Елена"]];
    const read = readRoster({ values }, { asOf: "2025-10-01" });
    expect(brief(read.problems)).toEqual([
      "required-missing B2",
      "required-missing C2",
      "required-missing D2",
    ]);
  });
});
