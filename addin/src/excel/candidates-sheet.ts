import {
  candidateCategoriesTable,
  candidateDistrictsTable,
  candidateListTable,
  candidateOrganizationsTable,
  label,
  type CandidateCounts,
  type CandidatesReport,
  type Lang,
  type Localized,
} from "@sapa/shared";
import { safeSheetName } from "./sheet-names.ts";
import { writeTableSheet } from "./table-sheet.ts";

/** The district's list with names (handed to its kindergartens). */
const LIST_TITLE: Localized = { kk: "Sapa — үміткерлер", ru: "Sapa — кандидаты", en: "Sapa — candidates" };
/** The region's counts without names (a district's list is never overwritten by it). */
const COUNTS_TITLE: Localized = {
  kk: "Sapa — үміткерлер саны",
  ru: "Sapa — кандидаты, свод",
  en: "Sapa — candidate counts",
};

/** The district's candidates sheet's name in a language. */
export function candidatesSheetName(lang: Lang): string {
  return safeSheetName(LIST_TITLE[lang]);
}

/** The region's candidate counts sheet's name in a language. */
export function candidateCountsSheetName(lang: Lang): string {
  return safeSheetName(COUNTS_TITLE[lang]);
}

/** The rule's setting as a title line: "Minimum years since the last award: 2". */
const minimumLine = (minYears: number, lang: Lang) => `${label("minYearsSinceAward", lang)}: ${minYears}`;

/**
 * Creates or rewrites the district's candidates sheet from its own roster: needed, candidates, shortfall
 * and undecided per stage category, then every candidate by organisation with name, current category,
 * category sought, reason and date of the last award. Names come from the workbook and stay in it.
 */
export async function writeCandidatesSheet(
  report: CandidatesReport,
  opts: { lang: Lang },
): Promise<{ sheet: string; candidates: number }> {
  const name = candidatesSheetName(opts.lang);
  const { sheet } = await writeTableSheet(
    name,
    [candidateCategoriesTable(report), candidateListTable(report)],
    {
      lang: opts.lang,
      titles: [
        name,
        `${label("year", opts.lang)}: ${report.year}`,
        minimumLine(report.minYearsSinceAward, opts.lang),
      ],
    },
  );
  return { sheet, candidates: report.candidates.length };
}

/**
 * Creates or rewrites the region's candidate counts sheet (the server's counts, no names): needed,
 * candidates and shortfall per district with the total, then per organisation.
 */
export async function writeCandidateCountsSheet(
  counts: CandidateCounts,
  opts: { lang: Lang },
): Promise<{ sheet: string }> {
  const name = candidateCountsSheetName(opts.lang);
  const { sheet } = await writeTableSheet(
    name,
    [candidateDistrictsTable(counts), candidateOrganizationsTable(counts)],
    {
      lang: opts.lang,
      titles: [
        name,
        `${label("year", opts.lang)}: ${counts.year}`,
        minimumLine(counts.minYearsSinceAward, opts.lang),
      ],
    },
  );
  return { sheet };
}
