import {
  label,
  type CategoryKey,
  type EducationKey,
  type FieldKey,
  type Lang,
  type PlainLabelKey,
} from "@sapa/shared";

/** Domain words come from the shared core's label catalogue; these wrappers only name the key kinds. */
export const fieldName = (field: FieldKey, lang: Lang): string => label(`field.${field}`, lang);
export const categoryName = (key: CategoryKey | "unknown", lang: Lang): string =>
  label(`category.${key}`, lang);
export const educationName = (key: EducationKey | "unknown", lang: Lang): string =>
  label(`education.${key}`, lang);
export const summaryLabel = (key: PlainLabelKey, lang: Lang): string => label(key, lang);
