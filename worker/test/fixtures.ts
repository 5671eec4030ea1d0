import type { DistrictId, Submission, SubmissionRow } from "@sapa/shared";

/** A small deterministic PRNG (mulberry32), so fixtures are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  "Жұмабаева",
  "Сейітова",
  "Ахметова",
  "Қасымова",
  "Иванова",
  "Нұрланова",
  "Ермекова",
  "Петрова",
  "Бекова",
  "Омарова",
];
const NAMES = ["Айгүл", "Гүлнар", "Мария", "Сәуле", "Динара", "Жанар", "Елена", "Ақмарал", "Назым", "Әсем"];
const PATRONYMICS = ["Серікқызы", "Болатқызы", "Ивановна", "Маратқызы", "Сергеевна", "Ерланқызы"];
const CATEGORIES = [
  "none",
  "trainee",
  "pedagog",
  "moderator",
  "moderator",
  "moderator",
  "expert",
  "researcher",
  "master",
  "legacy-first",
] as const;
const EDUCATION = ["higher", "higher", "vocational", "vocational", "secondary"] as const;

/**
 * Rows as a client sends them for a district: realistic Kazakh/Russian names, organisations, categories
 * with award dates (some inside 2025-2026), education, pseudonymous ИИН keys; no errors (warnings allowed).
 */
export function makeRows(count: number, seed: number, organizations = 12): SubmissionRow[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const rows: SubmissionRow[] = [];
  for (let i = 0; i < count; i++) {
    const category = pick(CATEGORIES);
    const awarded = category === "none" || category === "trainee" ? null : awardDate(rnd);
    const key = Array.from({ length: 8 }, () =>
      Math.floor(rnd() * 2 ** 32)
        .toString(16)
        .padStart(8, "0"),
    ).join("");
    rows.push({
      row: i + 3,
      fullName: `${pick(SURNAMES)} ${pick(NAMES)} ${pick(PATRONYMICS)} ${i}`,
      organization: `№${1 + Math.floor(rnd() * organizations)} «Балапан» балабақшасы`,
      education: pick(EDUCATION),
      category,
      iinKey: key,
      position: "тәрбиеші",
      categoryDate: awarded,
      categoryDateYearOnly: false,
      experienceYears: 3 + Math.floor(rnd() * 25),
      lastCourseDate: rnd() < 0.5 ? "2025-03-14" : null,
      mentor: null,
      internship: rnd() < 0.1 ? true : null,
      eventParticipation: rnd() < 0.7,
    });
  }
  return rows;
}

function awardDate(rnd: () => number): string {
  // A third inside the 2025-2026 academic year (before the report date), the rest in earlier years.
  if (rnd() < 0.33)
    return `2025-${String(9 + Math.floor(rnd() * 3)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
  const year = 2019 + Math.floor(rnd() * 6);
  return `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
}

/** The columns a full roster has. */
export const ALL_COLUMNS: Submission["columns"] = [
  "fullName",
  "organization",
  "education",
  "category",
  "iin",
  "position",
  "categoryDate",
  "experienceYears",
  "lastCourseDate",
  "mentor",
  "internship",
  "eventParticipation",
];

/** A valid submission body for a district. */
export function makeSubmission(district: DistrictId, count: number, seed: number): Submission {
  return {
    district,
    year: "2025-2026",
    asOf: "2025-12-01",
    columns: ALL_COLUMNS,
    rows: makeRows(count, seed),
    source: { app: "cli", file: `${district}.xlsx`, version: "test" },
  };
}
