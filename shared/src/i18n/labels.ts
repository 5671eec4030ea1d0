/**
 * Every label a client prints beside a figure (add-in, CLI tables, report workbook, CSV) in Kazakh, Russian
 * and English: summary figures, report columns, field, category, education and stage names.
 * One catalogue, so the add-in, the CLI and the worker's CSV say the same thing.
 */
import { categoryName } from "../roster/categories.ts";
import { educationName } from "../roster/education.ts";
import type { BandVerdict, CategoryKey, EducationKey, FieldKey, Lang, Localized } from "../types.ts";
import { CANDIDATE_LABELS } from "./candidate-labels.ts";
import { DUPLICATE_LABELS } from "./duplicate-labels.ts";
import { FIELD_NAMES } from "./problems.ts";

export const LABELS = {
  // Stock
  teachers: { kk: "Педагогтер саны", ru: "Количество педагогов", en: "Teachers" },
  organizations: {
    kk: "Мектепке дейінгі ұйымдар саны",
    ru: "Количество дошкольных организаций",
    en: "Preschool organisations",
  },
  qualitativeShare: { kk: "Сапалық құрам", ru: "Качественный состав", en: "Qualitative composition" },
  anyCategoryShare: {
    kk: "Біліктілік санаты бар педагогтердің үлесі",
    ru: "Доля педагогов с квалификационной категорией",
    en: "Share with a qualification category",
  },
  byCategory: {
    kk: "Біліктілік санаттары бойынша",
    ru: "По квалификационным категориям",
    en: "By qualification category",
  },
  byEducation: { kk: "Білімі бойынша", ru: "По образованию", en: "By education" },
  indicator: { kk: "Көрсеткіш", ru: "Показатель", en: "Indicator" },
  value: { kk: "Мәні", ru: "Значение", en: "Value" },
  count: { kk: "Саны", ru: "Количество", en: "Count" },
  share: { kk: "Үлесі", ru: "Доля", en: "Share" },
  total: { kk: "Барлығы", ru: "Итого", en: "Total" },
  // Flow and the stage comparison
  awardedInYear: {
    kk: "Оқу жылында санат алғандар",
    ru: "Получили категорию в учебном году",
    en: "Awarded in the academic year",
  },
  awardedYearUnknown: {
    kk: "Санат алған оқу жылы белгісіз (тек жылы жазылған)",
    ru: "Учебный год присвоения не определён (указан только год)",
    en: "Award year ambiguous (bare year only)",
  },
  stage: { kk: "Кезең", ru: "Этап", en: "Stage" },
  band: { kk: "Мақсатты аралық", ru: "Целевой диапазон", en: "Target band" },
  bandFrom: { kk: "төменгі шегі", ru: "от", en: "from" },
  bandTo: { kk: "жоғарғы шегі", ru: "до", en: "to" },
  target: { kk: "Мақсатты көрсеткіш", ru: "Целевой показатель", en: "Target" },
  actual: { kk: "Нақты көрсеткіш", ru: "Фактический показатель", en: "Actual" },
  awarded: { kk: "Санат алғандар", ru: "Получили категорию", en: "Awarded" },
  gapPp: { kk: "Айырма (пайыздық тармақ)", ru: "Отставание (п.п.)", en: "Gap (pp)" },
  teachersNeeded: {
    kk: "Тағы қажет педагогтер саны",
    ru: "Ещё требуется педагогов",
    en: "Teachers still needed",
  },
  // Short column headings for narrow renderers (terminal, task pane); the full label is the tooltip.
  teachersShort: { kk: "Педагогтер", ru: "Педагоги", en: "Teachers" },
  organizationsShort: { kk: "Ұйымдар", ru: "Организации", en: "Organisations" },
  legacyShort: { kk: "Бұрынғы санаттар", ru: "Старые категории", en: "Old categories" },
  categoryUnknownShort: { kk: "Санаты белгісіз", ru: "Категория не распознана", en: "Category unknown" },
  targetShort: { kk: "Мақсат", ru: "Цель", en: "Target" },
  actualShort: { kk: "Нақты", ru: "Факт", en: "Actual" },
  gapShort: { kk: "Айырма, п.т.", ru: "Отставание, п.п.", en: "Gap, pp" },
  neededShort: { kk: "Тағы қажет", ru: "Ещё нужно", en: "Still needed" },
  // The band verdict: the same three words on every surface (above the band is good news).
  bandVerdict: {
    kk: "Мақсатты аралыққа қатысы",
    ru: "Относительно целевого диапазона",
    en: "Against the band",
  },
  bandBelow: { kk: "аралықтан төмен", ru: "ниже диапазона", en: "below the band" },
  withinBand: { kk: "аралықта", ru: "в диапазоне", en: "within the band" },
  bandAbove: { kk: "аралықтан жоғары", ru: "выше диапазона", en: "above the band" },
  // The stage's total row: the four categories the plan sets targets for (not every category a roster
  // holds, whose awards the category table totals).
  allCategories: {
    kk: "Жоспардың төрт санаты",
    ru: "Четыре категории плана",
    en: "The plan's four categories",
  },
  /** A target asking less than half a teacher of a unit below the region: the region's to meet. */
  regionalTarget: { kk: "облыстық мақсат", ru: "цель области", en: "regional target" },
  regionalTargetNote: {
    kk: "Облыстық мақсат: бұл бірліктің көлемінде жарты педагогтен аз, облыс жиынтығы бойынша орындалады",
    ru: "Цель области: для этой единицы меньше половины педагога, выполняется по итогам области",
    en: "Regional target: less than half a teacher at this unit's size, met on the region's totals",
  },
  noStage: {
    kk: "Бұл оқу жылына жоспардың мақсатты көрсеткіштері жоқ",
    ru: "На этот учебный год целевых показателей плана нет",
    en: "The plan sets no targets for this academic year",
  },
  noStageTeachers: {
    kk: "Кезеңнің мақсатты көрсеткіштерімен салыстыратын ештеңе жоқ — оқу жылының деректерінде бірде-бір педагог жоқ",
    ru: "Сравнивать с целевыми показателями этапа нечего — в данных нет ни одного педагога за учебный год",
    en: "Nothing to compare with the stage's targets — no teacher in the data for the academic year",
  },
  // Optional indicators
  newestYearWithData: {
    kk: "Деректері бар соңғы оқу жылы",
    ru: "Последний учебный год с данными",
    en: "Newest academic year with data",
  },
  planIndicators: {
    kk: "Жоспардың басқа көрсеткіштері",
    ru: "Другие показатели плана",
    en: "The plan's other indicators",
  },
  courses: {
    kk: "Біліктілік арттыру курстарынан өткендер",
    ru: "Прошли курсы повышения квалификации",
    en: "Qualification courses taken",
  },
  internships: { kk: "Тағылымдамадан өткендер", ru: "Прошли стажировку", en: "Internships done" },
  eventParticipation: {
    kk: "Жоспар шараларына қатысқандар",
    ru: "Участвовали в мероприятиях плана",
    en: "Took part in the plan's events",
  },
  youngWithoutMentor: {
    kk: "Тәлімгері жоқ жас мамандар",
    ru: "Молодые специалисты без наставника",
    en: "Young specialists without a mentor",
  },
  covered: { kk: "Деректері бар педагогтер", ru: "Педагогов с данными", en: "Teachers with data" },
  noData: { kk: "деректер жоқ", ru: "нет данных", en: "no data" },
  left: { kk: "Мақсатқа дейін қалды", ru: "Осталось до цели", en: "Left to the target" },
  // Attestation
  attestationOverdue: {
    kk: "Аттестаттау мерзімі өткен",
    ru: "Срок аттестации истёк",
    en: "Attestation overdue",
  },
  attestationDueByYear: {
    kk: "Аттестаттаудан өтуі тиіс (оқу жылдары бойынша)",
    ru: "Подлежат аттестации (по учебным годам)",
    en: "Due for attestation, by academic year",
  },
  attestationYearUnknown: {
    kk: "Аттестаттау жылы белгісіз (санат берілген жылы ғана жазылған)",
    ru: "Год аттестации не определён (указан только год присвоения)",
    en: "Attestation year ambiguous (bare award year only)",
  },
  attestationDue: {
    kk: "Аттестаттаудан өтетін педагогтер тізімі",
    ru: "Список педагогов, подлежащих аттестации",
    en: "Teachers due for attestation",
  },
  expires: { kk: "Санаттың мерзімі аяқталады", ru: "Срок категории истекает", en: "Category expires" },
  // Report columns
  region: { kk: "Облыс бойынша", ru: "По области", en: "Region" },
  /** The region's row in a table of units: its own figures, not a sum of the rows above. */
  regionOnTotals: {
    kk: "Облыс (өз жиынтығы бойынша)",
    ru: "Область (по своим итогам)",
    en: "The region (on its totals)",
  },
  district: { kk: "Аудан / қала", ru: "Район / город", en: "District" },
  districtId: { kk: "Коды", ru: "Код", en: "Code" },
  organization: { kk: "Мектепке дейінгі ұйым", ru: "Дошкольная организация", en: "Preschool organisation" },
  organizationShort: { kk: "Ұйым", ru: "Организация", en: "Organisation" },
  group: { kk: "Ұйымдар тобы", ru: "Группа организаций", en: "Group of organisations" },
  groupMembers: { kk: "Топтағы ұйымдар", ru: "Организаций в группе", en: "Members" },
  inGroups: { kk: "Кіретін топтары", ru: "Входит в группы", en: "In groups" },
  updatedAt: { kk: "Өзгертілген уақыты", ru: "Дата изменения", en: "Updated at" },
  unmatchedMembers: {
    kk: "Деректерде табылмаған ұйымдар",
    ru: "Не найдены в данных",
    en: "Members not found in the data",
  },
  year: { kk: "Оқу жылы", ru: "Учебный год", en: "Academic year" },
  asOf: { kk: "Есеп күні", ru: "Дата отчёта", en: "Report date" },
  revision: { kk: "Нұсқа", ru: "Версия", en: "Revision" },
  submittedAt: { kk: "Жіберілген уақыты", ru: "Дата и время отправки", en: "Submitted at" },
  receiptId: { kk: "Түбіртек нөмірі", ru: "Номер квитанции", en: "Receipt number" },
  generatedAt: { kk: "Есеп құрылған уақыты", ru: "Отчёт сформирован", en: "Generated at" },
  completeness: { kk: "Есеп толықтығы", ru: "Полнота отчёта", en: "Completeness" },
  expected: { kk: "Барлығы (аудандар мен қала)", ru: "Всего (районы и город)", en: "Districts and the city" },
  submitted: { kk: "Жібергендер", ru: "Отправили", en: "Submitted" },
  accepted: { kk: "Облыс қабылдағандар", ru: "Приняты областью", en: "Accepted by the region" },
  missing: { kk: "Жібермегендер", ru: "Не отправили", en: "Not submitted" },
  // One unit's status (a row of a table of units; the pane's review status says the same).
  unitSubmitted: { kk: "Жіберген", ru: "Отправил", en: "Submitted" },
  unitMissing: { kk: "Жібермеген", ru: "Не отправил", en: "Not submitted" },
  reviewStatus: { kk: "Тексеру күйі", ru: "Статус проверки", en: "Review status" },
  reviewedAt: { kk: "Тексерілген уақыты", ru: "Дата и время проверки", en: "Reviewed at" },
  comment: { kk: "Облыстың түсініктемесі", ru: "Комментарий области", en: "Region's comment" },
  unknown: { kk: "Көрсетілмеген / оқылмады", ru: "Не указано / не распознано", en: "Not given / unreadable" },
  encrypted: { kk: "шифрланған", ru: "зашифровано", en: "encrypted" },
  yes: { kk: "иә", ru: "да", en: "yes" },
  noExpertOrAbove: {
    kk: "Сарапшы және одан жоғары санатты педагог жоқ",
    ru: "Нет педагогов категории эксперт и выше",
    en: "No teacher at expert level or above",
  },
  no: { kk: "жоқ", ru: "нет", en: "no" },
  ...CANDIDATE_LABELS,
  ...DUPLICATE_LABELS,
} as const satisfies Record<string, Localized>;

export type PlainLabelKey = keyof typeof LABELS;
/** A label key: a plain one, or a field, category, education or stage name. */
export type LabelKey =
  | PlainLabelKey
  | `field.${FieldKey}`
  | `category.${CategoryKey | "unknown"}`
  | `education.${EducationKey | "unknown"}`
  | `stage.${1 | 2 | 3}`;

const STAGE_NAMES: Record<1 | 2 | 3, Localized> = {
  1: { kk: "1-кезең", ru: "1 этап", en: "Stage 1" },
  2: { kk: "2-кезең", ru: "2 этап", en: "Stage 2" },
  3: { kk: "3-кезең", ru: "3 этап", en: "Stage 3" },
};

/** The words of a band verdict. */
export function bandVerdictLabel(verdict: BandVerdict): "bandBelow" | "withinBand" | "bandAbove" {
  return verdict === "below" ? "bandBelow" : verdict === "above" ? "bandAbove" : "withinBand";
}

/** The label in a language. */
export function label(key: LabelKey, lang: Lang): string {
  const dot = key.indexOf(".");
  if (dot < 0) return LABELS[key as PlainLabelKey][lang];
  const kind = key.slice(0, dot);
  const rest = key.slice(dot + 1);
  if (rest === "unknown") return LABELS.unknown[lang];
  switch (kind) {
    case "field":
      return FIELD_NAMES[rest as FieldKey][lang];
    case "category":
      return categoryName(rest as CategoryKey, lang);
    case "education":
      return educationName(rest as EducationKey, lang);
    default:
      return STAGE_NAMES[Number(rest) as 1 | 2 | 3][lang];
  }
}

/**
 * A share as a percentage the way the plan writes it: "18,09%" in Kazakh and Russian, "18.09%" in English.
 */
export function formatShare(share: number, lang: Lang, digits = 2): string {
  const text = (share * 100).toFixed(digits);
  return `${lang === "en" ? text : text.replace(".", ",")}%`;
}

/**
 * A stage's target band as every surface writes it: "10,00%–15,00%" in Kazakh and Russian, "10.00%–15.00%"
 * in English (the pane's caption, the summary sheet's title, the stage table's total row).
 */
export function formatBand(band: { min: number; max: number }, lang: Lang): string {
  return `${formatShare(band.min, lang)}–${formatShare(band.max, lang)}`;
}

/** Percentage points with a sign: "+2,50 п.т." (kk), "+2,50 п.п." (ru), "+2.50 pp" (en). */
export function formatPp(pp: number, lang: Lang, digits = 2): string {
  const rounded = Number(pp.toFixed(digits));
  const text = `${rounded > 0 ? "+" : ""}${(rounded === 0 ? 0 : rounded).toFixed(digits)}`;
  const unit = { kk: "п.т.", ru: "п.п.", en: "pp" }[lang];
  return `${lang === "en" ? text : text.replace(".", ",")} ${unit}`;
}
