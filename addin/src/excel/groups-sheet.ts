import {
  groupsTable,
  label,
  type AcademicYear,
  type GroupReport,
  type Lang,
  type Localized,
} from "@sapa/shared";
import { safeSheetName } from "./sheet-names.ts";
import { writeTableSheet } from "./table-sheet.ts";

const TITLE: Localized = { kk: "Sapa — топтар", ru: "Sapa — группы", en: "Sapa — groups" };

/** The groups sheet's name in a language. */
export function groupsSheetName(lang: Lang): string {
  return safeSheetName(TITLE[lang]);
}

/**
 * Creates or rewrites the region's groups sheet: every group of organisations with its figures for the year
 * (organisations found, members not found in the data, stock, awards against the stage), the same shared
 * table as the CLI's report workbook.
 */
export async function writeGroupsSheet(
  year: AcademicYear,
  reports: readonly GroupReport[],
  opts: { lang: Lang },
): Promise<{ sheet: string }> {
  const name = groupsSheetName(opts.lang);
  const { sheet } = await writeTableSheet(name, [groupsTable(year, reports)], {
    lang: opts.lang,
    titles: [name, `${label("year", opts.lang)}: ${year}`],
  });
  return { sheet };
}
