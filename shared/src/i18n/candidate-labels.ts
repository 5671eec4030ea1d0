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
