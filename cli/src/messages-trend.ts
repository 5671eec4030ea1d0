import type { Localized } from "@sapa/shared";

/** `sapa trend`'s own texts (spread into the CLI catalogue). */
export const TREND_MESSAGES = {
  "trend-format-conflict": {
    kk: "--csv пен --xlsx бірге берілмейді: біреуін таңдаңыз.",
    ru: "--csv и --xlsx вместе не указываются: выберите одно.",
    en: "--csv and --xlsx cannot be combined: choose one.",
  },
  "trend-not-csv": {
    kk: "--csv файлының аты .csv болып аяқталуы керек: {file}",
    ru: "Имя файла --csv должно оканчиваться на .csv: {file}",
    en: "The --csv file name must end in .csv: {file}",
  },
  "trend-heading": {
    kk: "Жоспар кезеңдері жылдар бойынша (деректері жоқ жыл бос қалады)",
    ru: "Этапы плана по годам (год без данных остаётся пустым)",
    en: "The plan's stages by year (a year without data stays empty)",
  },
  "trend-written": {
    kk: "Жазылды: {file}",
    ru: "Записано: {file}",
    en: "Written: {file}",
  },
  "demo-submitted-year": {
    kk: "{district} · {year}: {teachers} педагог, {revision}-нұсқа",
    ru: "{district} · {year}: педагогов {teachers}, версия {revision}",
    en: "{district} · {year}: {teachers} teachers, revision {revision}",
  },
} satisfies Record<string, Localized>;

/** `sapa trend` in `sapa --help`. */
export const TREND_HELP = {
  usage: "sapa trend [--csv FILE.csv | --xlsx FILE.xlsx] [--lang kk|ru|en] [--server URL] [--token T]",
  description: {
    kk: "Жоспардың үш кезеңі жылдар бойынша: облыс пен аудандар, мақсат пен нақты (кесте, CSV не .xlsx; диаграммасыз). Кесте мен .xlsx жоспардың басқа көрсеткіштерін де (курстар, тағылымдама, іс-шараларға қатысу) мақсатымен және қалғанымен көрсетеді; CSV тек кезеңдер кестесі.",
    ru: "Три этапа плана по годам: область и районы, цель и факт (таблица, CSV или .xlsx; без диаграммы). Таблица и .xlsx показывают и другие показатели плана (курсы, стажировки, участие в мероприятиях) с целью и остатком; CSV — только таблица этапов.",
    en: "The plan's three stages by year: region and districts, target against actual (table, CSV or .xlsx; no chart). The table and the .xlsx also show the plan's other indicators (courses, internships, event participation) with target and what is left; the CSV holds the stage table only.",
  },
} as const satisfies { usage: string; description: Localized };
