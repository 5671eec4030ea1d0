/** The consolidated report as Sapa's workbook: the same sheets, in the same order, from every host. */
import type { CandidateCounts } from "../figures/candidate-counts.ts";
import type { Trend } from "../figures/trend.ts";
import type { GroupReport } from "../region/groups.ts";
import type { AttestationEntry, Lang, OrganizationSummary, ReportFigures, StageTargets } from "../types.ts";
import type { SheetDescription } from "./description.ts";
import { candidateCountsSheet, groupsSheet, organizationsSheet, trendSheet } from "./list-sheets.ts";
import { attestationSheet, districtsSheet } from "./region-sheets.ts";
import { regionSummarySheet } from "./summary-sheets.ts";

/** What a pull of the consolidated report brings: the figures and every page of its lists. */
export interface ReportWorkbookData {
  figures: ReportFigures;
  organizations: readonly OrganizationSummary[];
  attestation: readonly AttestationEntry[];
  /** The server's targets of the year, as the report's figures were compared with them. */
  targets?: readonly StageTargets[];
  /** The region's groups' reports of the same year and data; none, no groups sheet. */
  groups?: readonly GroupReport[];
  trend?: Trend | null;
  candidates?: CandidateCounts | null;
}

/**
 * The consolidated report's sheets: the region's summary, the districts, the organisations (groups first),
 * the attestation list, then the trend, the groups and the candidate counts when given.
 */
export function reportWorkbook(data: ReportWorkbookData, lang: Lang): SheetDescription[] {
  const { figures, organizations, attestation } = data;
  const groups = data.groups ?? [];
  const targets = data.targets ? { targets: data.targets } : {};
  return [
    regionSummarySheet(figures, lang),
    districtsSheet(figures, lang),
    organizationsSheet(figures.year, organizations, attestation, { lang, groups, ...targets }),
    attestationSheet(figures.year, attestation, lang),
    ...(data.trend ? [trendSheet(data.trend, { lang, ...targets })] : []),
    ...(groups.length > 0 ? [groupsSheet(figures.year, groups, lang)] : []),
    ...(data.candidates ? [candidateCountsSheet(data.candidates, lang)] : []),
  ];
}
