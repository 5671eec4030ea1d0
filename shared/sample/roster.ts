/**
 * Realistic synthetic district rosters for demos, benchmarks and tests: the sheet a district's staff keep,
 * in Kazakh or Russian, with valid ИИНs and plausible categories, dates, education and experience.
 * Deterministic: the same options give the same grid on every machine.
 */
import { academicYearBounds } from "../src/plan/academic-year.ts";
import { serialFromIso } from "../src/roster/dates.ts";
import { findDistrict } from "../src/plan/districts.ts";
import { iinCheckDigit } from "../src/roster/iin.ts";
import type {
  AcademicYear,
  CategoryKey,
  CellValue,
  DistrictId,
  EducationKey,
  GridInput,
  IsoDate,
} from "../src/types.ts";

export interface SampleRosterOptions {
  seed: number;
  /** Teacher rows (title, header, blank and subtotal rows come on top). */
  rows: number;
  district?: DistrictId;
  lang: "kk" | "ru";
  /**
   * What real sheets look like: title rows above the header, a "№" column, header spellings with line
   * breaks, a blank row, a subtotal row, numeric ИИНs that lost their leading zero, some dates typed as
   * text, odd spacing and dashes. Every cell stays readable: a messy roster has warnings, not errors.
   */
  messy?: boolean;
  /** Academic year the roster describes; default "2025-2026". */
  year?: AcademicYear;
  /** No date in the roster lies after this day; default 31 May of the academic year. */
  asOf?: IsoDate;
  /**
   * The organisations (their names and sizes) from this seed, the teachers from `seed`: the same
   * kindergartens in another year of the same unit, as `rows` and `lang` stay. Default: from `seed`.
   */
  organizationSeed?: number;
}

/** The number format of the date cells the generator writes as Excel serials. */
export const SAMPLE_DATE_FORMAT = "dd.mm.yyyy";

/** mulberry32: a tiny, fast, well-spread 32-bit PRNG (seeded, so rosters are reproducible). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
function weighted<T extends string>(random: Random, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

// Male surname forms; the feminine adds "а" (Кенжебаев → Кенжебаева).
const SURNAMES = [
  "Кенжебаев",
  "Сәрсенбаев",
  "Жұмабаев",
  "Төлеуов",
  "Есенов",
  "Мұхамбетов",
  "Қалиев",
  "Ахметов",
  "Исмағұлов",
  "Нұрланов",
  "Беков",
  "Ермеков",
  "Оспанов",
  "Құдайбергенов",
  "Әбілов",
  "Серікбаев",
  "Жаңабергенов",
  "Байжанов",
  "Өтепов",
  "Тілеубаев",
  "Сейітов",
  "Қуанышев",
  "Аманжолов",
  "Дүйсенов",
  "Бисенов",
  "Ғабдуллин",
  "Иманғалиев",
  "Құрманов",
  "Шәкенов",
  "Жақсылықов",
  "Абдрахманов",
  "Қожахметов",
  "Нұрмағамбетов",
  "Сұлтанов",
  "Тұрсынов",
];
const FEMALE_NAMES = [
  "Айгүл",
  "Гүлнар",
  "Жанар",
  "Динара",
  "Әсем",
  "Ақмарал",
  "Меруерт",
  "Гүлжан",
  "Сәуле",
  "Айжан",
  "Назгүл",
  "Балжан",
  "Ботагөз",
  "Жұлдыз",
  "Қарлығаш",
  "Лаура",
  "Мадина",
  "Салтанат",
  "Индира",
  "Алия",
  "Айнұр",
  "Перизат",
  "Роза",
  "Нұржамал",
  "Гүлмира",
  "Әйгерім",
  "Анар",
  "Толқын",
  "Ләззат",
  "Шынар",
  "Эльмира",
];
const MALE_NAMES = ["Ерлан", "Асхат", "Бауыржан", "Нұрлан", "Дәурен", "Арман", "Ержан"];
const FATHERS = [
  "Серік",
  "Болат",
  "Ерлан",
  "Қайрат",
  "Нұрлан",
  "Асқар",
  "Мұрат",
  "Бауыржан",
  "Ержан",
  "Талғат",
  "Марат",
  "Жомарт",
  "Сағат",
  "Әсет",
  "Бекзат",
  "Ғалым",
  "Қанат",
  "Төлеген",
];
const KINDERGARTEN_NAMES = [
  "Балапан",
  "Айгөлек",
  "Ақбота",
  "Балдырған",
  "Қарлығаш",
  "Шаттық",
  "Болашақ",
  "Ертегі",
  "Құлыншақ",
  "Еркетай",
  "Балбөбек",
  "Нұрлы бала",
  "Айналайын",
  "Күншуақ",
  "Алтын бесік",
  "Бөбек",
  "Гүлдер",
  "Жұлдыз",
  "Арай",
  "Мөлдір",
];

const RU_LETTERS: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  Ә: "А",
  Ғ: "Г",
  Қ: "К",
  Ң: "Н",
  Ө: "О",
  Ұ: "У",
  Ү: "У",
  І: "И",
};
/** How Russian paperwork spells a Kazakh name: "Айгүл" → "Айгуль", "Сәрсенбаев" → "Сарсенбаев". */
function russified(name: string): string {
  return name.replace(/([Гг])үл/gu, "$1уль").replace(/[әғқңөұүһіӘҒҚҢӨҰҮІ]/gu, (ch) => RU_LETTERS[ch] ?? ch);
}

const COLUMNS = [
  "fullName",
  "iin",
  "organization",
  "position",
  "education",
  "category",
  "categoryDate",
  "experienceYears",
  "mentor",
  "lastCourseDate",
  "internship",
  "eventParticipation",
] as const;
type Column = (typeof COLUMNS)[number];

const HEADERS: Record<"kk" | "ru", Record<Column, string>> = {
  kk: {
    fullName: "Аты-жөні",
    iin: "ЖСН",
    organization: "Мектепке дейінгі ұйым",
    position: "Лауазымы",
    education: "Білімі",
    category: "Санаты",
    categoryDate: "Санат берілген күні",
    experienceYears: "Педагогикалық өтілі",
    mentor: "Тәлімгері",
    lastCourseDate: "Біліктілік арттыру курсы",
    internship: "Тағылымдама",
    eventParticipation: "Шараларға қатысуы",
  },
  ru: {
    fullName: "ФИО",
    iin: "ИИН",
    organization: "Организация",
    position: "Должность",
    education: "Образование",
    category: "Категория",
    categoryDate: "Дата присвоения категории",
    experienceYears: "Педагогический стаж",
    mentor: "Наставник",
    lastCourseDate: "Курсы повышения квалификации",
    internship: "Стажировка",
    eventParticipation: "Участие в мероприятиях",
  },
};
// Other spellings of the same headers, as messy sheets write them (line breaks inside cells included).
const MESSY_HEADERS: Record<"kk" | "ru", Partial<Record<Column, string>>> = {
  kk: {
    fullName: "Тегі, аты, әкесінің аты",
    category: "Біліктілік\nсанаты",
    experienceYears: "Өтілі",
    organization: "МДҰ атауы",
  },
  ru: {
    fullName: "Ф.И.О.",
    category: "Квалификационная\nкатегория",
    experienceYears: "Стаж",
    organization: "Наименование ДО",
  },
};

const CATEGORY_TEXT: Record<"kk" | "ru", Record<CategoryKey, string>> = {
  kk: {
    none: "санатсыз",
    trainee: "педагог-тағылымдамашы",
    pedagog: "педагог",
    moderator: "педагог-модератор",
    expert: "педагог-сарапшы",
    researcher: "педагог-зерттеуші",
    master: "педагог-шебер",
    "legacy-higher": "жоғары санат",
    "legacy-first": "бірінші санат",
    "legacy-second": "екінші санат",
  },
  ru: {
    none: "без категории",
    trainee: "педагог-стажер",
    pedagog: "педагог",
    moderator: "педагог-модератор",
    expert: "педагог-эксперт",
    researcher: "педагог-исследователь",
    master: "педагог-мастер",
    "legacy-higher": "высшая категория",
    "legacy-first": "первая категория",
    "legacy-second": "вторая категория",
  },
};
const MESSY_CATEGORY_TEXT: Record<"kk" | "ru", Partial<Record<CategoryKey, string>>> = {
  kk: {
    moderator: "Педагог – модератор",
    expert: "сарапшы",
    researcher: "Педагог-Зерттеуші ",
    none: "санаты жоқ",
  },
  ru: {
    moderator: "Педагог - модератор",
    expert: "эксперт",
    researcher: "Педагог-Исследователь ",
    trainee: "педагог-стажёр",
  },
};
const EDUCATION_TEXT: Record<"kk" | "ru", Record<EducationKey, string[]>> = {
  kk: { higher: ["жоғары"], vocational: ["арнаулы орта"], secondary: ["орта"] },
  ru: { higher: ["высшее"], vocational: ["средне-специальное"], secondary: ["среднее"] },
};
const MESSY_EDUCATION_TEXT: Record<"kk" | "ru", Record<EducationKey, string[]>> = {
  kk: {
    higher: ["Жоғары", "жоғары (бакалавр)", "магистр"],
    vocational: ["орта арнаулы", "колледж", "техникалық және кәсіптік"],
    secondary: ["орта"],
  },
  ru: {
    higher: ["Высшее", "высшее (бакалавр)", "магистратура"],
    vocational: ["среднее специальное", "колледж", "ТиПО"],
    secondary: ["среднее"],
  },
};
const POSITIONS: Record<"kk" | "ru", Record<string, number>> = {
  kk: {
    тәрбиеші: 80,
    әдіскер: 5,
    "музыка жетекшісі": 6,
    логопед: 3,
    "дене шынықтыру нұсқаушысы": 4,
    психолог: 2,
  },
  ru: {
    воспитатель: 80,
    методист: 5,
    "музыкальный руководитель": 6,
    логопед: 3,
    "инструктор по физкультуре": 4,
    психолог: 2,
  },
};
const YES_NO: Record<"kk" | "ru", [string, string]> = { kk: ["иә", "жоқ"], ru: ["да", "нет"] };

// Category mix of an established teacher (not a young specialist), close to the plan's baseline.
const CATEGORY_WEIGHTS: Record<Exclude<CategoryKey, "trainee">, number> = {
  none: 9,
  pedagog: 16,
  moderator: 47,
  expert: 14,
  researcher: 4.3,
  master: 0.2,
  "legacy-higher": 1.2,
  "legacy-first": 1.2,
  "legacy-second": 1,
};
const YOUNG_CATEGORY_WEIGHTS: Record<"none" | "trainee" | "pedagog", number> = {
  none: 3,
  trainee: 5,
  pedagog: 2,
};
const EDUCATION_WEIGHTS: Record<EducationKey, number> = { higher: 57, vocational: 42, secondary: 1 };

function addDays(date: IsoDate, days: number): IsoDate {
  const t =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
    days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function ddmmyyyy(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function organizationNames(random: Random, count: number, lang: "kk" | "ru"): string[] {
  const used = new Set<string>();
  const names: string[] = [];
  for (let i = 1; names.length < count; i++) {
    const name = pick(random, KINDERGARTEN_NAMES);
    const ruName = russified(name);
    const variant = Math.floor(random() * 4);
    let full =
      lang === "kk"
        ? [
            `№${i} «${name}» бөбекжай-балабақшасы`,
            `«${name}» балабақшасы`,
            `№${i} «${name}» бөбекжайы`,
            `«${name}» мектепке дейінгі шағын орталығы`,
          ][variant]!
        : [
            `ГККП «Ясли-сад №${i}»`,
            `ГККП «Ясли-сад №${i} «${ruName}»»`,
            `ТОО «Детский сад «${ruName}»»`,
            `Мини-центр при СШ №${i}`,
          ][variant]!;
    if (used.has(full))
      full = lang === "kk" ? `№${i} «${name}» балабақшасы` : `ГККП «Детский сад №${i} «${ruName}»»`;
    used.add(full);
    names.push(full);
  }
  return names;
}

/**
 * A district roster as a grid: `values` plus `numberFormats` (SAMPLE_DATE_FORMAT on the cells that hold an
 * Excel serial date, "@" on text ИИНs, null elsewhere), ready for readRoster or for writing to .xlsx with
 * the formats applied. Teachers come grouped by organisation (about six per organisation); ИИНs are valid
 * and unique; young specialists (under 3 years) are mostly trainees and most have a mentor.
 */
export function generateRoster(opts: SampleRosterOptions): GridInput {
  const random = mulberry32(opts.seed);
  const { lang } = opts;
  const messy = opts.messy ?? false;
  const year = opts.year ?? "2025-2026";
  const asOf = opts.asOf ?? academicYearBounds(year).end.replace(/-08-31$/, "-05-31");
  const asOfYear = Number(asOf.slice(0, 4));
  const district = findDistrict(opts.district ?? "aktobe")!;
  const empty: CellValue = messy ? "" : null; // Office.js reads an empty cell as "", exceljs as null.

  // Organisation sizes vary 1..11 around the regional mean of about six teachers.
  // Without organizationSeed, one stream for all (the rosters every test and bench knows stay the same).
  const orgRandom = opts.organizationSeed === undefined ? random : mulberry32(opts.organizationSeed);
  const orgSizes: number[] = [];
  for (let left = opts.rows; left > 0;) {
    const size = Math.min(left, 1 + Math.floor(orgRandom() * 11));
    orgSizes.push(size);
    left -= size;
  }
  const orgNames = organizationNames(orgRandom, orgSizes.length, lang);

  const headers = COLUMNS.map((c) =>
    messy ? (MESSY_HEADERS[lang][c] ?? HEADERS[lang][c]) : HEADERS[lang][c],
  );
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const width = COLUMNS.length + (messy ? 1 : 0);
  // Rows with the same formats share one list, as they share one style in a workbook (a few dozen lists
  // for any number of rows, not one per row).
  const formatRows = new Map<string, (string | null)[]>();
  const push = (row: CellValue[], formats: (string | null)[] = []) => {
    values.push(row);
    const key = formats.map((f) => f ?? "\u0000").join("\u0001");
    let shared = formatRows.get(key);
    if (shared === undefined) formatRows.set(key, (shared = formats));
    numberFormats.push(shared);
  };
  if (messy) {
    const title =
      lang === "kk"
        ? [`${district.name.kk} мектепке дейінгі ұйымдары педагогтерінің тізімі`, `${year} оқу жылы`]
        : [`Список педагогов дошкольных организаций: ${district.name.ru}`, `${year} учебный год`];
    push([title[0]!, ...Array<CellValue>(width - 1).fill(empty)]);
    push([empty, title[1]!, ...Array<CellValue>(width - 2).fill(empty)]);
    push(["№", ...headers]);
  } else {
    push([...headers]);
  }

  const iins = new Set<string>();
  const blankAt = messy ? Math.floor(opts.rows / 2) : -1;
  let number = 0;
  orgSizes.forEach((size, orgIndex) => {
    const organization = orgNames[orgIndex]!;
    for (let k = 0; k < size; k++) {
      if (number === blankAt) push(Array<CellValue>(width).fill(empty));
      number++;
      const female = random() < 0.93;
      const surname = pick(random, SURNAMES) + (female ? "а" : "");
      const first = pick(random, female ? FEMALE_NAMES : MALE_NAMES);
      const father = pick(random, FATHERS);
      // Joined, not concatenated: one flat string per name, as a workbook reader gives, not a chain of pieces.
      const fullName =
        lang === "kk"
          ? [surname, first, father + (female ? "қызы" : "ұлы")].join(" ")
          : [russified(surname), russified(first), russified(father) + (female ? "овна" : "ович")].join(" ");

      const young = random() < 0.12;
      const age = young ? 21 + Math.floor(random() * 8) : 24 + Math.floor(random() * 38);
      const experience = young ? Math.floor(random() * 3) : 3 + Math.floor(random() * Math.max(1, age - 23));
      const category: CategoryKey = young
        ? weighted(random, YOUNG_CATEGORY_WEIGHTS)
        : weighted(random, CATEGORY_WEIGHTS);
      const education = weighted(random, EDUCATION_WEIGHTS);

      // ИИН: YYMMDD, century/sex digit, 4 serial digits, check digit; unique in the roster.
      const birth = addDays(`${asOfYear - age}-01-01`, -Math.floor(random() * 365));
      const bornYear = Number(birth.slice(0, 4));
      const centuryDigit = (bornYear >= 2000 ? 5 : 3) + (female ? 1 : 0);
      let iin = "";
      while (iin === "" || iins.has(iin)) {
        const first11 = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${centuryDigit}${String(Math.floor(random() * 10_000)).padStart(4, "0")}`;
        const check = iinCheckDigit(first11);
        iin = check === null ? "" : first11 + check;
      }
      iins.add(iin);
      // Sheets that keep the ИИН as a number lose the leading zero of people born 2000-2009.
      const iinCell: CellValue = messy && iin.startsWith("0") ? Number(iin) : iin;

      // Award dates: the last six years (legacy categories are older: they are no longer awarded).
      let categoryDate: IsoDate | null = null;
      if (category !== "none" && category !== "trainee") {
        const legacy = category.startsWith("legacy");
        const back = legacy ? 4 * 365 + Math.floor(random() * 2 * 365) : Math.floor(random() * 6 * 365);
        categoryDate = addDays(asOf, -Math.min(back, (experience + 1) * 365));
      }
      const courseDate = random() < 0.8 ? addDays(asOf, -Math.floor(random() * 3 * 365)) : null;
      const mentor =
        young && random() < 0.85
          ? lang === "kk"
            ? [`${pick(random, SURNAMES)}а`, pick(random, FEMALE_NAMES)].join(" ")
            : [`${russified(pick(random, SURNAMES))}а`, russified(pick(random, FEMALE_NAMES))].join(" ")
          : null;
      const internshipRoll = random();
      const internshipDate = internshipRoll < 0.04 ? addDays(asOf, -Math.floor(random() * 2 * 365)) : null;
      const [yes, no] = YES_NO[lang];
      const internship: CellValue = internshipDate ? null : internshipRoll < 0.08 ? yes : no;
      const events = random() < 0.7 ? yes : no;

      const dateCell = (date: IsoDate | null): [CellValue, string | null] => {
        if (date === null) return [empty, null];
        if (messy && random() < 0.15) return [ddmmyyyy(date), "@"];
        return [serialFromIso(date), SAMPLE_DATE_FORMAT];
      };
      const [categoryCell, categoryFormat] = dateCell(categoryDate);
      const [courseCell, courseFormat] = dateCell(courseDate);
      const [internshipCell, internshipFormat] = internshipDate
        ? dateCell(internshipDate)
        : [internship, null];

      const categoryText =
        (messy && random() < 0.3 ? MESSY_CATEGORY_TEXT[lang][category] : undefined) ??
        CATEGORY_TEXT[lang][category];
      const educationText = pick(
        random,
        (messy && random() < 0.3 ? MESSY_EDUCATION_TEXT : EDUCATION_TEXT)[lang][education],
      );
      const nameCell = messy && random() < 0.05 ? ` ${fullName.replace(" ", "  ")} ` : fullName;
      const experienceCell: CellValue =
        messy && random() < 0.1 ? `${experience} ${lang === "kk" ? "жыл" : "лет"}` : experience;

      const row: CellValue[] = [
        nameCell,
        iinCell,
        organization,
        weighted(random, POSITIONS[lang]),
        educationText,
        categoryText,
        categoryCell,
        experienceCell,
        mentor ?? empty,
        courseCell,
        internshipCell,
        events,
      ];
      const formats: (string | null)[] = [
        null,
        typeof iinCell === "string" ? "@" : "0",
        null,
        null,
        null,
        null,
        categoryFormat,
        null,
        null,
        courseFormat,
        internshipFormat,
        null,
      ];
      if (messy) push([number, ...row], [null, ...formats]);
      else push(row, formats);
    }
  });
  if (messy) {
    const total: CellValue[] = Array<CellValue>(width).fill(empty);
    total[1] = lang === "kk" ? "Барлығы:" : "Итого:";
    total[0] = number;
    push(total);
  }
  return { values, numberFormats };
}
