import type { Lang, Localized } from "@sapa/shared";

// TEMPORARY until shared/src/i18n/labels.ts lands; then this file re-exports `label` from @sapa/shared.
const LABELS = {
  unknown: { kk: "Анықталмаған", ru: "Не определено", en: "Unknown" },
  figures: { kk: "Көрсеткіштер", ru: "Показатели", en: "Figures" },
  indicator: { kk: "Көрсеткіш", ru: "Показатель", en: "Indicator" },
  value: { kk: "Мәні", ru: "Значение", en: "Value" },
  teachers: { kk: "Педагогтер", ru: "Педагоги", en: "Teachers" },
  organizations: { kk: "Ұйымдар", ru: "Организации", en: "Organisations" },
  qualitativeShare: { kk: "Сапалық құрам", ru: "Качественный состав", en: "Qualitative composition" },
  anyCategoryShare: { kk: "Санаты барлар", ru: "С категорией", en: "With a category" },
  attestationOverdue: { kk: "Аттестаттау мерзімі өткен", ru: "Аттестация просрочена", en: "Attestation overdue" },
  category: { kk: "Санат", ru: "Категория", en: "Category" },
  education: { kk: "Білімі", ru: "Образование", en: "Education" },
  count: { kk: "Саны", ru: "Количество", en: "Count" },
  share: { kk: "Үлесі", ru: "Доля", en: "Share" },
  awardedInYear: { kk: "Берілгені", ru: "Присвоено", en: "Awarded" },
  awarded: { kk: "Берілгені", ru: "Присвоено", en: "Awarded" },
  stage: { kk: "Кезең", ru: "Этап", en: "Stage" },
  target: { kk: "Мақсат", ru: "Цель", en: "Target" },
  actual: { kk: "Нақты", ru: "Факт", en: "Actual" },
  gap: { kk: "Айырма", ru: "Отставание", en: "Gap" },
  teachersNeeded: { kk: "Қажет педагог", ru: "Нужно педагогов", en: "Teachers needed" },
  total: { kk: "Барлығы", ru: "Итого", en: "Total" },
  attestationDue: { kk: "Аттестаттауға жататындар", ru: "Подлежат аттестации", en: "Due for attestation" },
} satisfies Record<string, Localized>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}
