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
} as const satisfies Record<string, Localized>;
