import type { Localized } from "../types.ts";

/** Labels of the candidates tables (issue 8 §6), spread into LABELS. */
export const CANDIDATE_LABELS = {
  candidates: { kk: "Санатқа үміткерлер", ru: "Кандидаты на категорию", en: "Candidates for a category" },
  candidatesShort: { kk: "Үміткерлер", ru: "Кандидаты", en: "Candidates" },
  shortfall: { kk: "Үміткерлер жетіспейді", ru: "Не хватает кандидатов", en: "Shortfall of candidates" },
  shortfallShort: { kk: "Жетіспейді", ru: "Не хватает", en: "Shortfall" },
  minYearsSinceAward: {
    kk: "Соңғы санаттан бері ең аз жыл",
    ru: "Минимум лет после последней категории",
    en: "Minimum years since the last award",
  },
  uncertainShort: { kk: "Анықталмаған", ru: "Не определены", en: "Undecided" },
  uncertain: {
    kk: "Анықталмаған (санат күні жоқ не тек жылы), есепке кірмеді",
    ru: "Не определены (нет даты категории или только год), не учтены",
    en: "Undecided (no award date, or only its year), not counted",
  },
  currentCategory: { kk: "Қазіргі санаты", ru: "Текущая категория", en: "Current category" },
  categorySought: { kk: "Үміткер болатын санат", ru: "На какую категорию", en: "Category sought" },
  candidateReason: { kk: "Негізі", ru: "Основание", en: "Reason" },
  reasonNext: { kk: "келесі санат", ru: "следующая категория", en: "next category" },
  reasonRenewal: {
    kk: "санатты растау (мерзімі аяқталады)",
    ru: "подтверждение (срок категории истекает)",
    en: "renewal (the category runs out)",
  },
  lastAward: { kk: "Соңғы санат берілген күн", ru: "Дата последней категории", en: "Date of the last award" },
} as const satisfies Record<string, Localized>;

/**
 * The sentences around the candidates (the rule, a year without stage targets, the undecided), said alike
 * by the pane and the CLI: {years} the region's minimum, {year} the academic year, {count} the undecided.
 */
export const CANDIDATE_TEXTS: Readonly<Record<"rule" | "noStage" | "uncertain", Localized>> = {
  rule: {
    kk: "Үміткер — бір саты төмен санаты бар және оны {year} оқу жылының соңына дейін кемінде {years} жыл ұстаған педагог, не санатының бес жылы осы оқу жылында аяқталатын педагог.",
    ru: "Кандидат — педагог с категорией на ступень ниже, который к концу {year} учебного года имеет её не меньше установленного минимума лет ({years}), или педагог, у которого пять лет его категории истекают в этом учебном году.",
    en: "A candidate holds the category just below and, by the end of the academic year {year}, has held it for at least the minimum number of years ({years}); or holds the category itself and its five years run out in that year.",
  },
  noStage: {
    kk: "{year} оқу жылына мақсатты көрсеткіштер жоқ: «тағы қажет» бос қалады.",
    ru: "Для {year} учебного года нет целевых показателей: «ещё нужно» остаётся пустым.",
    en: "The academic year {year} has no stage targets: “still needed” stays empty.",
  },
  uncertain: {
    kk: "Анықталмағандар, есепке кірмеді: {count} (соңғы санат күні жоқ не тек жылы жазылған; «Педагог» санатындағылар — өтілі де жазылмаса ғана). Тізімде толық күнін, «Педагог» санатындағыларға өтілін толтырыңыз.",
    ru: "Не определены, не учтены: {count} (нет даты последней категории или указан только год; с категорией «Педагог» — только если не указан и стаж). Заполните в списке полную дату, а для категории «Педагог» — стаж.",
    en: "Undecided, not counted: {count} (no date of the last award, or only its year; a “Teacher (pedagog)” only when the experience is missing too). Fill in the full date in the roster, or a pedagog's experience.",
  },
};
