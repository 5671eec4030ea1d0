import { compactText, memoise } from "./cells.ts";
import { addYears } from "./dates.ts";
import type { CategoryKey, IsoDate, Lang, Localized } from "../types.ts";

export interface Category {
  key: CategoryKey;
  name: Localized;
  /** A shorter name for a narrow column heading ("Модератор"), where the name has the "Педагог-" prefix. */
  short?: Localized;
  /** Counts towards the qualitative composition (expert, researcher, master). */
  qualitative: boolean;
  /** An old-style category (высшая/первая/вторая): reported in its own column, warned on each row. */
  legacy: boolean;
  /** Spellings seen in sheets besides the names (any case, any dash; "педагог-" prefix optional where unambiguous). */
  spellings: string[];
}

/** The qualification categories, lowest first (DOMAIN.md). */
export const CATEGORIES: readonly Category[] = [
  {
    key: "none",
    name: { kk: "Санатсыз", ru: "Без категории", en: "No category" },
    qualitative: false,
    legacy: false,
    spellings: [
      "санаты жоқ",
      "санат жоқ",
      "санаты жок",
      "санатсыз",
      "без категории",
      "категории нет",
      "без кат",
      "б/к",
      "жоқ",
      "нет",
    ],
  },
  {
    key: "trainee",
    name: { kk: "Педагог-тағылымдамашы", ru: "Педагог-стажер", en: "Trainee teacher" },
    short: { kk: "Тағылымдамашы", ru: "Стажер", en: "Trainee" },
    qualitative: false,
    legacy: false,
    spellings: ["тағылымдамашы", "педагог-стажёр", "стажер", "стажёр", "педагог стажер"],
  },
  {
    key: "pedagog",
    name: { kk: "Педагог", ru: "Педагог", en: "Teacher (pedagog)" },
    qualitative: false,
    legacy: false,
    spellings: ["педагог"],
  },
  {
    key: "moderator",
    name: { kk: "Педагог-модератор", ru: "Педагог-модератор", en: "Teacher-moderator" },
    short: { kk: "Модератор", ru: "Модератор", en: "Moderator" },
    qualitative: false,
    legacy: false,
    spellings: ["модератор", "пед-модератор", "пед. модератор"],
  },
  {
    key: "expert",
    name: { kk: "Педагог-сарапшы", ru: "Педагог-эксперт", en: "Teacher-expert" },
    short: { kk: "Сарапшы", ru: "Эксперт", en: "Expert" },
    qualitative: true,
    legacy: false,
    spellings: ["сарапшы", "эксперт", "пед-эксперт", "пед. эксперт"],
  },
  {
    key: "researcher",
    name: { kk: "Педагог-зерттеуші", ru: "Педагог-исследователь", en: "Teacher-researcher" },
    short: { kk: "Зерттеуші", ru: "Исследователь", en: "Researcher" },
    qualitative: true,
    legacy: false,
    spellings: ["зерттеуші", "исследователь", "пед-исследователь", "пед. исследователь"],
  },
  {
    key: "master",
    name: { kk: "Педагог-шебер", ru: "Педагог-мастер", en: "Teacher-master" },
    short: { kk: "Шебер", ru: "Мастер", en: "Master" },
    qualitative: true,
    legacy: false,
    spellings: ["шебер", "мастер", "пед-мастер", "пед. мастер"],
  },
  {
    key: "legacy-higher",
    name: { kk: "Жоғары санат", ru: "Высшая категория", en: "Highest category (old)" },
    qualitative: false,
    legacy: true,
    spellings: [
      "жоғары",
      "жоғары санатты",
      "жоғары санаты",
      "высшая",
      "высшая кат",
      "высшая квалификационная категория",
    ],
  },
  {
    key: "legacy-first",
    name: { kk: "Бірінші санат", ru: "Первая категория", en: "First category (old)" },
    qualitative: false,
    legacy: true,
    spellings: [
      "бірінші",
      "бірінші санаты",
      "1 санат",
      "1-санат",
      "I санат",
      "первая",
      "первая кат",
      "1 категория",
      "I категория",
      "1 кат",
    ],
  },
  {
    key: "legacy-second",
    name: { kk: "Екінші санат", ru: "Вторая категория", en: "Second category (old)" },
    qualitative: false,
    legacy: true,
    spellings: [
      "екінші",
      "екінші санаты",
      "2 санат",
      "2-санат",
      "II санат",
      "вторая",
      "вторая кат",
      "2 категория",
      "II категория",
      "2 кат",
    ],
  },
];

const byKey = new Map(CATEGORIES.map((c) => [c.key, c]));

const lookup = new Map<string, CategoryKey>();
for (const c of CATEGORIES) {
  for (const spelling of [c.name.kk, c.name.ru, ...c.spellings]) lookup.set(compactText(spelling), c.key);
}

const MAX_CATEGORY_TEXT = 120;

/** The category a cell's text names, in any spelling of DOMAIN.md, or null when it names none. */
export const normaliseCategory: (text: string) => CategoryKey | null = memoise((text) => {
  // No spelling of a category is this long: do not fold a pasted paragraph.
  if (text.length > MAX_CATEGORY_TEXT) return null;
  const compact = compactText(text);
  if (compact.length === 0) return null;
  const key = lookup.get(compact);
  if (key !== undefined) return key;
  // A remark in brackets names nothing else: "педагог-модератор (2022)", "Эксперт (растау)".
  if (!text.includes("(")) return null;
  return lookup.get(compactText(text.replace(/\([^)]*\)?/g, " "))) ?? null;
});

/** The category's name in a language. */
export function categoryName(key: CategoryKey, lang: Lang): string {
  return byKey.get(key)!.name[lang];
}

/** The category's short name for a narrow heading (its name where it has none). */
export function categoryShortNames(key: CategoryKey): Localized {
  const c = byKey.get(key)!;
  return c.short ?? c.name;
}

/** True for expert, researcher and master. */
export function isQualitative(key: CategoryKey): boolean {
  return byKey.get(key)?.qualitative ?? false;
}

/** True for the old-style categories (высшая, первая, вторая). */
export function isLegacyCategory(key: CategoryKey): boolean {
  return byKey.get(key)?.legacy ?? false;
}

/** Years a category is granted for (attestation at least once every five years). */
export const CATEGORY_TERM_YEARS = 5;

/** True for the categories that are awarded through attestation and so expire ("none" and trainee do not). */
export function categoryExpires(key: CategoryKey): boolean {
  return key !== "none" && key !== "trainee";
}

/** The expiry date of a category awarded on `awardDate`: the same day five years later (29 Feb → 28 Feb). */
export function categoryExpiry(awardDate: IsoDate): IsoDate {
  return addYears(awardDate, CATEGORY_TERM_YEARS);
}

/**
 * True when the category is past expiry on the report date. The expiry day itself still counts as valid, so
 * a category awarded 2020-03-01 is overdue from 2025-03-02.
 */
export function isAttestationOverdue(key: CategoryKey, awardDate: IsoDate, asOf: IsoDate): boolean {
  return categoryExpires(key) && categoryExpiry(awardDate) < asOf;
}
