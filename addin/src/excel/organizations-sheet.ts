import {
  label,
  organizationSheetTable,
  type AcademicYear,
  type AttestationEntry,
  type GroupReport,
  type Lang,
  type Localized,
  type OrganizationSummary,
  type StageTargets,
} from "@sapa/shared";
import { safeSheetName } from "./sheet-names.ts";
import { writeTableSheet } from "./table-sheet.ts";

const TITLE: Localized = { kk: "Sapa — ұйымдар", ru: "Sapa — организации", en: "Sapa — organisations" };

/** The organisations sheet's name in a language. */
export function organizationsSheetName(lang: Lang): string {
  return safeSheetName(TITLE[lang]);
}

/**
 * Creates or rewrites the region's organisations sheet: every organisation of the report (all pages) with
 * what holds it back, as the shared organisations table orders it (district, then distance to the target);
 * with the region's groups (reports of the same year and data), each organisation's groups and the groups'
 * rows above the organisations.
 */
export async function writeOrganizationsSheet(
  year: AcademicYear,
  organizations: readonly OrganizationSummary[],
  attestation: readonly AttestationEntry[],
  opts: {
    lang: Lang;
    targets?: readonly StageTargets[];
    groups?: readonly GroupReport[];
    onProgress?: (rowsWritten: number, rows: number) => void;
  },
): Promise<{ sheet: string }> {
  const name = organizationsSheetName(opts.lang);
  const table = organizationSheetTable(year, organizations, attestation, opts.targets, opts.groups);
  const { sheet } = await writeTableSheet(name, [table], {
    lang: opts.lang,
    titles: [name, `${label("year", opts.lang)}: ${year}`],
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return { sheet };
}
