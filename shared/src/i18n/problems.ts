import type { FieldKey, Lang, Localized, Problem, Severity } from "../types.ts";
import { fillTemplate, type TemplateValue } from "./template.ts";

/** Field names as messages speak of them. */
export const FIELD_NAMES: Record<FieldKey, Localized> = {
  fullName: { kk: "Аты-жөні", ru: "ФИО", en: "Full name" },
  organization: { kk: "Мектепке дейінгі ұйым", ru: "Дошкольная организация", en: "Preschool organisation" },
  education: { kk: "Білімі", ru: "Образование", en: "Education" },
  category: { kk: "Біліктілік санаты", ru: "Квалификационная категория", en: "Qualification category" },
  iin: { kk: "ЖСН", ru: "ИИН", en: "ИИН (IIN)" },
  position: { kk: "Лауазымы", ru: "Должность", en: "Position" },
  categoryDate: { kk: "Санат берілген күні", ru: "Дата присвоения категории", en: "Category award date" },
  experienceYears: { kk: "Педагогикалық өтілі", ru: "Педагогический стаж", en: "Teaching experience" },
  lastCourseDate: {
    kk: "Біліктілік арттыру курсы",
    ru: "Курсы повышения квалификации",
    en: "Last qualification course",
  },
  mentor: { kk: "Тәлімгері", ru: "Наставник", en: "Mentor" },
  internship: { kk: "Тағылымдама", ru: "Стажировка", en: "Internship" },
  eventParticipation: { kk: "Шараларға қатысуы", ru: "Участие в мероприятиях", en: "Event participation" },
};

/** What each severity is called where problems are listed or counted (the pane, the web, the terminal). */
export const SEVERITY_NAMES: Readonly<Record<Severity, Localized>> = {
  error: { kk: "Қателер", ru: "Ошибки", en: "Errors" },
  warning: { kk: "Ескертулер", ru: "Предупреждения", en: "Warnings" },
  info: { kk: "Ақпарат", ru: "Сведения", en: "Notes" },
};

interface CatalogueEntry {
  severity: Severity;
  message: Localized;
}

/**
 * Every problem Sapa reports, with what is wrong and what to do, in Kazakh, Russian and English.
 * Placeholders: {row}, {column}, {value}, {field} (the field's name), and per code {first}, {firstSheet},
 * {expected}, {date}, {asOf}, {expires}, {max}.
 */
export const PROBLEM_CATALOGUE = {
  "header-not-found": {
    severity: "error",
    message: {
      kk: "Алғашқы 30 жолдан тақырып жолы табылмады. Кестенің үстіне кемінде мына бағандары бар тақырып жолын қойыңыз: {expected}.",
      ru: "В первых 30 строках не найдена строка заголовков. Добавьте над таблицей строку заголовков, где есть как минимум: {expected}.",
      en: "No header row was found in the first 30 rows. Put a header row above the table with at least: {expected}.",
    },
  },
  "roster-empty": {
    severity: "error",
    message: {
      kk: "Тақырып жолының астында бірде-бір педагог жоқ. Педагогтер тізімі бар парақты таңдаңыз немесе тізімді тақырыптың астына енгізіңіз.",
      ru: "Под строкой заголовков нет ни одного педагога. Выберите лист со списком педагогов или внесите список под заголовками.",
      en: "There is no teacher under the header row. Choose the sheet that holds the roster of teachers, or enter the roster under the headers.",
    },
  },
  "column-missing": {
    severity: "error",
    message: {
      kk: "«{field}» міндетті бағаны жоқ. Тақырыбы {expected} болатын баған қосыңыз.",
      ru: "Нет обязательного столбца «{field}». Добавьте столбец с заголовком {expected}.",
      en: "The required column “{field}” is missing. Add a column headed {expected}.",
    },
  },
  "formula-not-calculated": {
    severity: "error",
    message: {
      kk: "{column} бағанындағы мәндер ({field}, {count} ұяшық) ешқашан есептелмеген: файлды шығарған бағдарлама формулаларды Excel-ге қалдырған. Файлды Excel-де ашып, сақтаңыз да, қайта тексеріңіз.",
      ru: "Значения в столбце {column} ({field}, ячеек: {count}) ни разу не вычислялись: программа, создавшая файл, оставила формулы для Excel. Откройте файл в Excel, сохраните его и проверьте снова.",
      en: "The values in column {column} ({field}, {count} cells) were never calculated: the program that wrote the file left its formulas for Excel. Open the file in Excel, save it and check it again.",
    },
  },
  "merged-cells-unread": {
    severity: "error",
    message: {
      kk: "Бұл Excel біріктірілген ұяшықтарды көрсете алмайды, сондықтан бірнеше жолға біріктірілген ұйым атаулары тек бірінші жолда оқылды ({row}-жолдан бастап атаусыз қалған жолдар: {count}). Біріктіруді алып тастап, атауды әр жолға жазыңыз немесе Excel-дің жаңа нұсқасын пайдаланыңыз.",
      ru: "Эта версия Excel не сообщает объединённые ячейки, поэтому названия организаций, объединённые на несколько строк, прочитаны только в первой строке (без названия осталось строк: {count}, начиная со строки {row}). Отмените объединение и впишите название в каждую строку или используйте более новый Excel.",
      en: "This Excel does not report merged cells, so organisation names merged over several rows were read in their first row only ({count} rows left without one from row {row}). Unmerge them and write the name in every row, or use a newer Excel.",
    },
  },
  "merged-cells-csv": {
    severity: "error",
    message: {
      kk: "Мәтіндік файл (CSV, TXT) біріктірілген ұяшықтарды сақтамайды, сондықтан бірнеше жолға біріктірілген ұйым атаулары тек бірінші жолда қалды ({row}-жолдан бастап атаусыз қалған жолдар: {count}). Бұл файлды емес, түпнұсқа кітапты (.xlsx) ашыңыз немесе атауды әр жолға жазыңыз.",
      ru: "Текстовый файл (CSV, TXT) не хранит объединённые ячейки, поэтому названия организаций, объединённые на несколько строк, остались только в первой строке (без названия осталось строк: {count}, начиная со строки {row}). Откройте исходную книгу (.xlsx), а не этот файл, или впишите название в каждую строку.",
      en: "A text file (CSV, TXT) keeps no merged cells, so organisation names merged over several rows are in their first row only ({count} rows left without one from row {row}). Open the original workbook (.xlsx), not this file, or write the name in every row.",
    },
  },
  "mapping-unknown": {
    severity: "error",
    message: {
      kk: "«{field}» үшін көрсетілген «{value}» бағаны тақырып жолында жоқ. Тақырып мәтінін немесе баған әрпін тексеріңіз.",
      ru: "Для поля «{field}» указан столбец «{value}», но в строке заголовков его нет. Проверьте текст заголовка или букву столбца.",
      en: "The mapping for “{field}” names “{value}”, which is not a column of the header row. Check the header text or the column letter.",
    },
  },
  "required-missing": {
    severity: "error",
    message: {
      kk: "«{field}» толтырылмаған. Осы ұяшықты толтырыңыз.",
      ru: "Не заполнено поле «{field}». Заполните эту ячейку.",
      en: "“{field}” is empty. Fill in this cell.",
    },
  },
  "category-unknown": {
    severity: "error",
    message: {
      kk: "«{value}» санаты танылмады. Мыналардың бірін жазыңыз: {expected}.",
      ru: "Категория «{value}» не распознана. Укажите одну из: {expected}.",
      en: "The category “{value}” is not recognised. Write one of: {expected}.",
    },
  },
  "education-unknown": {
    severity: "error",
    message: {
      kk: "«{value}» білім деңгейі танылмады. Мыналардың бірін жазыңыз: {expected}.",
      ru: "Уровень образования «{value}» не распознан. Укажите один из: {expected}.",
      en: "The education level “{value}” is not recognised. Write one of: {expected}.",
    },
  },
  "iin-length": {
    severity: "error",
    message: {
      kk: "«{value}» ЖСН-інде дәл 12 цифр болуы керек. Нөмірді жеке куәлікпен салыстырып түзетіңіз.",
      ru: "ИИН «{value}» должен состоять ровно из 12 цифр. Сверьте номер с удостоверением личности и исправьте.",
      en: "The ИИН “{value}” must have exactly 12 digits. Compare it with the ID card and correct it.",
    },
  },
  "date-month-first": {
    severity: "info",
    message: {
      kk: "«{value}» сияқты күндер айдан басталады, сондықтан бұл парақтағы қиғаш сызықпен жазылған барлық күн осылай оқылды (5/6/2021 — 2021 жылғы 6 мамыр). Егер парақта алдымен күн тұрса, күндерді КК.АА.ЖЖЖЖ түрінде жазыңыз.",
      ru: "Даты вида «{value}» записаны месяцем вперёд, поэтому все даты через косую черту на этом листе прочитаны так (5/6/2021 — 6 мая 2021). Если на листе сначала день, запишите даты в виде ДД.ММ.ГГГГ.",
      en: "Dates such as “{value}” put the month first, so every date written with slashes on this sheet was read that way (5/6/2021 is 6 May 2021). If the sheet puts the day first, write its dates as DD.MM.YYYY.",
    },
  },
  "iin-scientific": {
    severity: "error",
    message: {
      kk: "«{value}» ЖСН-і экспоненциалдық түрде сақталған, соңғы цифрлары жоғалған: Excel 12 таңбалы санды «Жалпы» пішімінде осылай көрсетеді, ал CSV көрсетілгенін сақтайды. .xlsx кітабының өзін ашыңыз немесе ЖСН бағанына «Мәтін» пішімін (не 000000000000) беріп, CSV-ді қайта сақтаңыз.",
      ru: "ИИН «{value}» сохранён в экспоненциальной записи, и его последние цифры потеряны: так Excel показывает 12-значное число в формате «Общий», а CSV сохраняет показанное. Откройте саму книгу .xlsx или задайте столбцу ИИН формат «Текстовый» (или 000000000000) и сохраните CSV заново.",
      en: "The ИИН “{value}” was saved in scientific notation and its last digits are lost: that is how Excel shows a 12-digit number in the General format, and a CSV keeps what is shown. Open the .xlsx workbook itself, or give the ИИН column the Text format (or 000000000000) and save the CSV again.",
    },
  },
  "iin-checksum": {
    severity: "error",
    message: {
      kk: "«{value}» ЖСН-інің бақылау саны сәйкес келмейді: 12 цифрды жеке куәлікпен салыстырып тексеріңіз.",
      ru: "Не сходится контрольная цифра ИИН «{value}»: сверьте все 12 цифр с удостоверением личности.",
      en: "The check digit of the ИИН “{value}” does not match: compare all 12 digits with the ID card.",
    },
  },
  "iin-birth-date": {
    severity: "error",
    message: {
      kk: "«{value}» ЖСН-інің алғашқы 7 цифры нақты туған күнді бермейді (ЖЖААКК және ғасыр цифры). Нөмірді тексеріңіз.",
      ru: "Первые 7 цифр ИИН «{value}» не дают реальной даты рождения (ГГММДД и цифра века). Проверьте номер.",
      en: "The first 7 digits of the ИИН “{value}” are not a real birth date (YYMMDD and the century digit). Check the number.",
    },
  },
  "iin-duplicate": {
    severity: "error",
    message: {
      kk: "Бұл ЖСН {first}-жолда бар. Қайталанған жолды жойыңыз немесе ЖСН-ді түзетіңіз.",
      ru: "Этот ИИН уже указан в строке {first}. Удалите повторную строку или исправьте ИИН.",
      en: "This ИИН already appears in row {first}. Delete the repeated row or correct the ИИН.",
    },
  },
  "iin-duplicate-sheet": {
    severity: "error",
    message: {
      kk: "Бұл ЖСН «{firstSheet}» парағында, {first}-жолда бар. Қайталанған жолды жойыңыз немесе ЖСН-ді түзетіңіз.",
      ru: "Этот ИИН уже указан на листе «{firstSheet}», в строке {first}. Удалите повторную строку или исправьте ИИН.",
      en: "This ИИН already appears on sheet “{firstSheet}”, row {first}. Delete the repeated row or correct the ИИН.",
    },
  },
  "date-unparseable": {
    severity: "error",
    message: {
      kk: "«{value}» күн ретінде оқылмады. Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз (мысалы, 15.03.2024).",
      ru: "«{value}» не читается как дата. Запишите дату в виде ДД.ММ.ГГГГ (например, 15.03.2024).",
      en: "“{value}” cannot be read as a date. Write it as DD.MM.YYYY (for example 15.03.2024).",
    },
  },
  "date-impossible": {
    severity: "error",
    message: {
      kk: "«{value}» деген күн болмайды (айы, күні немесе жылы қате). Күнді түзетіңіз.",
      ru: "Даты «{value}» не существует (неверный месяц, день или год). Исправьте дату.",
      en: "“{value}” is not a real date (wrong month, day or year). Correct the date.",
    },
  },
  "date-year-only": {
    severity: "warning",
    message: {
      kk: "Санат берілген күні тек жылмен ({value}) жазылған, сондықтан оқу жылы анық емес. Толық күнін жазыңыз (КК.АА.ЖЖЖЖ).",
      ru: "Дата присвоения категории указана только годом ({value}), поэтому учебный год неясен. Укажите полную дату (ДД.ММ.ГГГГ).",
      en: "The category award date is only a year ({value}), so its academic year is ambiguous. Enter the full date (DD.MM.YYYY).",
    },
  },
  "category-date-future": {
    severity: "error",
    message: {
      kk: "Санат берілген күні ({date}) есеп күнінен ({asOf}) кейін тұр. Күнді тексеріп түзетіңіз.",
      ru: "Дата присвоения категории ({date}) позже даты отчёта ({asOf}). Проверьте и исправьте дату.",
      en: "The category award date ({date}) is after the report date ({asOf}). Check and correct the date.",
    },
  },
  "attestation-overdue": {
    severity: "warning",
    message: {
      kk: "Санаттың 5 жылдық мерзімі {expires} күні аяқталған (берілген күні {date}). Педагогті аттестаттауға жоспарлаңыз немесе санаттың жаңа берілген күнін жазыңыз.",
      ru: "Пятилетний срок категории истёк {expires} (присвоена {date}). Запланируйте аттестацию педагога или укажите новую дату присвоения.",
      en: "The category's five-year term ended on {expires} (awarded {date}). Plan the teacher's attestation or enter the new award date.",
    },
  },
  "category-legacy": {
    severity: "warning",
    message: {
      kk: "«{value}» — бұрынғы үлгідегі санат: ол жаңа санаттарға қосылмай, бөлек есептеледі. Педагогтің жаңа санатқа аттестатталуын жоспарлаңыз.",
      ru: "«{value}» — категория старого образца: она не засчитывается в новые категории и учитывается отдельно. Запланируйте аттестацию педагога на новую категорию.",
      en: "“{value}” is an old-style category: it is counted separately, not as a new category. Plan the teacher's attestation for a new category.",
    },
  },
  "name-duplicate": {
    severity: "warning",
    message: {
      kk: "Осы ұйымда бұл аты-жөні {first}-жолда да бар. Қайталанған жол болса, жойыңыз; басқа адам болса, ЖСН-ін тексеріңіз.",
      ru: "В этой организации такое ФИО уже есть в строке {first}. Если строка повторена, удалите её; если это другой человек, проверьте ИИН.",
      en: "This name already appears in row {first} for the same organisation. Delete the row if it is repeated; if it is another person, check the ИИН.",
    },
  },
  "experience-implausible": {
    severity: "warning",
    message: {
      kk: "{value} жыл педагогикалық өтіл шындыққа жанаспайды: 0-ден {max} жылға дейін болуы керек. Өтілді толық жылмен тексеріңіз.",
      ru: "Педагогический стаж {value} г. неправдоподобен: ожидается от 0 до {max} г. Проверьте стаж в полных годах.",
      en: "{value} years of teaching experience is implausible: expected 0 to {max} years. Check the experience in years.",
    },
  },
  "experience-unreadable": {
    severity: "warning",
    message: {
      kk: "«{value}» өтіл ретінде оқылмады. Өтілді жыл санымен жазыңыз (мысалы, 5 немесе 5,5).",
      ru: "«{value}» не читается как стаж. Укажите стаж числом лет (например, 5 или 5,5).",
      en: "“{value}” cannot be read as experience. Write the number of years (for example 5 or 5.5).",
    },
  },
  "mentor-missing": {
    severity: "warning",
    message: {
      kk: "Жас маманның (өтілі {value} жыл, 3 жылдан аз) тәлімгері көрсетілмеген. Тәлімгердің аты-жөнін жазыңыз.",
      ru: "У молодого специалиста (стаж {value} г., меньше 3 лет) не указан наставник. Впишите ФИО наставника.",
      en: "This young specialist ({value} years of experience, under 3) has no mentor. Enter the mentor's name.",
    },
  },
  "value-unreadable": {
    severity: "warning",
    message: {
      kk: "«{field}» бағанындағы «{value}» оқылмады. {expected} деп жазыңыз.",
      ru: "Значение «{value}» в столбце «{field}» не распознано. Запишите: {expected}.",
      en: "“{value}” in the “{field}” column cannot be read. Write {expected}.",
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

/** Where a problem sits: the sheet's row, the column letter (null for a whole row or the sheet), the field. */
export interface ProblemLocation {
  row: number;
  column?: string | null;
  field?: FieldKey | null;
  value?: string | null;
}

export type ProblemParams = Record<string, string | number | Localized>;

/** The value of a placeholder: the code's params first, then the location's own ({row}, {column}, {value}, {field}). */
function placeholder(name: string, at: ProblemLocation, params: ProblemParams): TemplateValue {
  const v = params[name];
  if (v !== undefined) return v;
  if (name === "row") return at.row;
  if (name === "column") return at.column;
  if (name === "value") return at.value ?? "";
  if (name === "field") return at.field ? FIELD_NAMES[at.field] : null;
  return undefined;
}

/** Placeholder names of a code's three templates, found once per code. */
const placeholderNames = new Map<ProblemCode, readonly string[]>();
function namesOf(code: ProblemCode): readonly string[] {
  let names = placeholderNames.get(code);
  if (names === undefined) {
    const t = PROBLEM_CATALOGUE[code].message;
    const found = new Set<string>();
    for (const text of [t.kk, t.ru, t.en]) for (const m of text.matchAll(/\{(\w+)\}/g)) found.add(m[1]!);
    names = [...found];
    placeholderNames.set(code, names);
  }
  return names;
}

// Messages repeat: the rows of a large roster share a few hundred texts (one old-style category, one award
// date's expiry), so problems with the same text share one Localized instead of each holding three copies.
const MESSAGE_MEMO_LIMIT = 8192;
const messages = new Map<string, Localized>();

function message(code: ProblemCode, at: ProblemLocation, params: ProblemParams): Localized {
  let key: string = code;
  for (const name of namesOf(code)) {
    const v = placeholder(name, at, params);
    key +=
      v === undefined || v === null
        ? "\u0000"
        : typeof v === "object"
          ? `\u0001${v.kk}\u0002${v.ru}\u0002${v.en}`
          : `\u0001${typeof v}${String(v)}`;
  }
  let text = messages.get(key);
  if (text === undefined) {
    const t = PROBLEM_CATALOGUE[code].message;
    const lookup = (name: string) => placeholder(name, at, params);
    text = {
      kk: fillTemplate(t.kk, lookup, "kk"),
      ru: fillTemplate(t.ru, lookup, "ru"),
      en: fillTemplate(t.en, lookup, "en"),
    };
    if (messages.size >= MESSAGE_MEMO_LIMIT) messages.clear();
    messages.set(key, text);
  }
  return text;
}

/** Builds a Problem from the catalogue: severity from the code, the message filled in kk, ru and en. */
export function problem(code: ProblemCode, at: ProblemLocation, params: ProblemParams = {}): Problem {
  return {
    severity: PROBLEM_CATALOGUE[code].severity,
    code,
    row: at.row,
    column: at.column ?? null,
    field: at.field ?? null,
    value: at.value ?? null,
    message: message(code, at, params),
  };
}

const ROW_PREFIX: Record<Lang, (row: number) => string> = {
  kk: (row) => `${row}-жол`,
  ru: (row) => `Строка ${row}`,
  en: (row) => `Row ${row}`,
};

/** One line for a person: "Row 12, C: message" (kk "12-жол, C: …", ru "Строка 12, C: …"). */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = p.column ? `${ROW_PREFIX[lang](p.row)}, ${p.column}` : ROW_PREFIX[lang](p.row);
  return `${where}: ${p.message[lang]}`;
}

/** Orders problems by row, then column (A < B < AA; sheet- and row-level ones first), keeping their order otherwise. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => {
    if (a.row !== b.row) return a.row - b.row;
    const ac = a.column ?? "";
    const bc = b.column ?? "";
    if (ac.length !== bc.length) return ac.length - bc.length;
    return ac < bc ? -1 : ac > bc ? 1 : 0;
  });
}
