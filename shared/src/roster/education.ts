import { foldText, memoise } from "./cells.ts";
import type { EducationKey, Lang, Localized } from "../types.ts";

export interface EducationLevel {
  key: EducationKey;
  name: Localized;
}

/** Education levels, highest first (DOMAIN.md). */
export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  { key: "higher", name: { kk: "Жоғары", ru: "Высшее", en: "Higher" } },
  {
    key: "vocational",
    name: {
      kk: "Техникалық және кәсіптік (арнаулы орта)",
      ru: "Техническое и профессиональное (среднее специальное)",
      en: "Technical and vocational",
    },
  },
  { key: "secondary", name: { kk: "Орта", ru: "Среднее", en: "General secondary" } },
];

const byKey = new Map(EDUCATION_LEVELS.map((e) => [e.key, e]));

// Matched on folded text (Kazakh letters folded: "жоғары" → "жогары", "кәсіптік" → "касиптик").
const UNFINISHED = /неокон|незакон|аякталмаг/;
const HIGHER = /^(?:жогары|высш|магистр|бакалавр|послевуз|жогары оку орнынан кейинги)/;
const VOCATIONAL = /арнаулы|касиптик|техникалык|спец|профессионал|типо|колледж|техникум|училищ|^с\/с$/;
const SECONDARY = /^(?:орта|среднее|жалпы орта|общее среднее|среднее общее|орта жалпы|полное среднее)\.?$/;

/**
 * The education level a cell's text names, or null when it names none (or an unfinished degree, which is
 * not guessed into a level).
 */
export const normaliseEducation: (text: string) => EducationKey | null = memoise((text) => {
  // No education level is written this long: do not fold a pasted paragraph.
  if (text.length > 200) return null;
  const folded = foldText(text).replace(/\s*-\s*/g, " ");
  if (folded.length === 0 || UNFINISHED.test(folded)) return null;
  if (HIGHER.test(folded)) return "higher";
  if (VOCATIONAL.test(folded)) return "vocational";
  if (SECONDARY.test(folded)) return "secondary";
  return null;
});

/** The education level's name in a language. */
export function educationName(key: EducationKey, lang: Lang): string {
  return byKey.get(key)!.name[lang];
}
