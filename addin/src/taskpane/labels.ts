import { label, type FieldKey, type Lang, type PlainLabelKey } from "@sapa/shared";

/** Domain words come from the shared core's label catalogue; these wrappers only name the key kinds. */
export const fieldName = (field: FieldKey, lang: Lang): string => label(`field.${field}`, lang);
export const summaryLabel = (key: PlainLabelKey, lang: Lang): string => label(key, lang);
