import { label, type Lang, type PlainLabelKey } from "@sapa/shared";

/** Domain words come from the shared core's label catalogue; these wrappers only name the key kinds. */
export const summaryLabel = (key: PlainLabelKey, lang: Lang): string => label(key, lang);
