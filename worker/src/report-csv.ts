import {
  CATEGORY_KEYS,
  EDUCATION_KEYS,
  STAGE_CATEGORY_KEYS,
  categoryName,
  educationName,
  type Lang,
  type Localized,
  type ReportFigures,
  type SummaryFigures,
} from "@sapa/shared";

/** Column headings of the report table that are not category or education names. */
const HEADINGS = {
  district: { kk: "Аудан / қала", ru: "Район / город", en: "District / city" },
  districtId: { kk: "Коды", ru: "Код", en: "Id" },
  revision: { kk: "Нұсқа", ru: "Версия", en: "Revision" },
  submittedAt: { kk: "Жіберілген уақыты", ru: "Время отправки", en: "Submitted at" },
  asOf: { kk: "Есеп күні", ru: "Дата отчёта", en: "Report date" },
  teachers: { kk: "Педагогтер саны", ru: "Число педагогов", en: "Teachers" },
  organizations: { kk: "МДҰ саны", ru: "Число ДО", en: "Organisations" },
  unknownCategory: { kk: "Санаты белгісіз", ru: "Категория не указана", en: "Category unknown" },
  qualitative: { kk: "Сапалық құрам, %", ru: "Качественный состав, %", en: "Qualitative composition, %" },
  awarded: { kk: "оқу жылында берілді", ru: "присвоено в учебном году", en: "awarded in the year" },
  stageTarget: { kk: "Кезең мақсаты, %", ru: "Цель этапа, %", en: "Stage target, %" },
  stageActual: { kk: "Кезеңде нақты, %", ru: "Факт этапа, %", en: "Stage actual, %" },
  stageGap: { kk: "Айырма, п.п.", ru: "Отставание, п.п.", en: "Gap, pp" },
  stageNeeded: { kk: "Қажет педагогтер", ru: "Нужно педагогов", en: "Teachers needed" },
  overdue: { kk: "Аттестация мерзімі өткен", ru: "Аттестация просрочена", en: "Attestation overdue" },
  region: { kk: "Облыс бойынша барлығы", ru: "Итого по области", en: "Region total" },
} as const satisfies Record<string, Localized>;

/**
 * Excel in Kazakh and Russian locales splits CSV on ";" and reads "," as the decimal mark; in English on ","
 * and ".". The CSV follows the language so a double-click opens it in columns with numbers as numbers.
 */
function separatorsFor(lang: Lang) {
  return lang === "en" ? { field: ",", decimal: "." } : { field: ";", decimal: "," };
}

function cell(value: string | number | null, sep: { field: string; decimal: string }): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value).replace(".", sep.decimal) : value;
  // Every text here is ours (district names, ids, timestamps): quoting is for separators, not formulas.
  return /[";,\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const percent = (fraction: number) => Math.round(fraction * 10000) / 100;

function figures(s: SummaryFigures): (string | number | null)[] {
  const stage = s.stage.total;
  return [
    s.teachers,
    s.organizations,
    ...CATEGORY_KEYS.map((k) => s.byCategory[k]),
    s.byCategory.unknown,
    percent(s.qualitativeShare),
    ...EDUCATION_KEYS.map((k) => s.byEducation[k]),
    ...STAGE_CATEGORY_KEYS.map((k) => s.awardedInYear[k]),
    stage === null ? null : percent(stage.target),
    stage === null ? null : percent(stage.actual),
    stage === null ? null : Math.round(stage.gapPp * 100) / 100,
    stage === null ? null : stage.teachersNeeded,
    s.attestationOverdue,
  ];
}

/**
 * The report's per-district table as CSV: UTF-8 with a byte-order mark (so Excel reads Kazakh letters),
 * CRLF lines, one row per district that has submitted and a region total, headings in `lang`.
 */
export function reportCsv(report: ReportFigures, lang: Lang): string {
  const sep = separatorsFor(lang);
  const header = [
    HEADINGS.district[lang],
    HEADINGS.districtId[lang],
    HEADINGS.revision[lang],
    HEADINGS.submittedAt[lang],
    HEADINGS.asOf[lang],
    HEADINGS.teachers[lang],
    HEADINGS.organizations[lang],
    ...CATEGORY_KEYS.map((k) => categoryName(k, lang)),
    HEADINGS.unknownCategory[lang],
    HEADINGS.qualitative[lang],
    ...EDUCATION_KEYS.map((k) => educationName(k, lang)),
    ...STAGE_CATEGORY_KEYS.map((k) => `${categoryName(k, lang)}: ${HEADINGS.awarded[lang]}`),
    HEADINGS.stageTarget[lang],
    HEADINGS.stageActual[lang],
    HEADINGS.stageGap[lang],
    HEADINGS.stageNeeded[lang],
    HEADINGS.overdue[lang],
  ];
  const rows = [
    header,
    ...report.districts.map((d) => [
      d.name[lang],
      d.district,
      d.revision,
      d.submittedAt,
      d.summary.asOf,
      ...figures(d.summary),
    ]),
    [HEADINGS.region[lang], "", null, null, report.region.asOf, ...figures(report.region)],
  ];
  return "\uFEFF" + rows.map((r) => r.map((v) => cell(v, sep)).join(sep.field)).join("\r\n") + "\r\n";
}

/** The number of columns of reportCsv (for tests and clients). */
export const REPORT_CSV_COLUMNS =
  7 + CATEGORY_KEYS.length + 2 + EDUCATION_KEYS.length + STAGE_CATEGORY_KEYS.length + 5;
