import {
  EDUCATION_LEVELS,
  FIELD_NAMES,
  categoryName as sharedCategoryName,
  type CategoryKey,
  type EducationKey,
  type FieldKey,
  type Lang,
  type Localized,
} from "@sapa/shared";

/** A roster field's name in the pane's language (from the shared core's i18n). */
export function fieldName(field: FieldKey, lang: Lang): string {
  return FIELD_NAMES[field][lang];
}

// Summary labels until the shared core publishes its label table (shared/src/i18n/labels.ts).
const SUMMARY_LABELS: Record<string, Localized> = {
  teachers: { kk: "Педагогтер саны", ru: "Количество педагогов", en: "Teachers" },
  organizations: { kk: "Ұйымдар саны", ru: "Количество организаций", en: "Organisations" },
  qualitativeShare: { kk: "Сапалық құрам", ru: "Качественный состав", en: "Qualitative composition" },
  anyCategoryShare: { kk: "Санаты барлар үлесі", ru: "Доля с категорией", en: "Share with a category" },
  unknown: { kk: "Анықталмаған", ru: "Не определено", en: "Unknown" },
};

/** A category's name; "unknown" for rows whose category could not be read. */
export function categoryName(key: CategoryKey | "unknown", lang: Lang): string {
  return key === "unknown" ? SUMMARY_LABELS.unknown![lang] : sharedCategoryName(key, lang);
}

/** An education level's name; "unknown" for rows whose education could not be read. */
export function educationName(key: EducationKey | "unknown", lang: Lang): string {
  if (key === "unknown") return SUMMARY_LABELS.unknown![lang];
  return EDUCATION_LEVELS.find((e) => e.key === key)?.name[lang] ?? key;
}

/** Summary figure labels (teachers, organisations, qualitative composition…). */
export function summaryLabel(key: keyof typeof SUMMARY_LABELS, lang: Lang): string {
  return SUMMARY_LABELS[key]?.[lang] ?? key;
}
