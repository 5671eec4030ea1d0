import type {
  AcademicYear,
  AttestationEntry,
  CandidateCounts,
  CandidatesReport,
  GroupReport,
  IndicatorTargets,
  Lang,
  OrganizationSummary,
  ReportFigures,
  StageTargets,
  Summary,
  Trend,
} from "@sapa/shared";
import type { Receipt } from "../api/client.ts";
import type {
  CellShown,
  HighlightCell,
  HostCapabilities,
  RosterRead,
  RosterSheetsRead,
  SheetInfo,
} from "../excel/index.ts";

/** A sheet Sapa wrote or created. */
export interface SheetWritten {
  sheet: string;
}

/**
 * The Excel operations the pane uses, handed to the components as a prop (as the Office React template
 * does): main.tsx passes the real adapter, so components never call Excel.* themselves.
 */
export interface ExcelPort {
  detectRequirementSets(): HostCapabilities;
  listSheets(): Promise<SheetInfo[]>;
  readRoster(sheetName?: string, onProgress?: (done: number, total: number) => void): Promise<RosterRead>;
  /** Reads the named sheets one after another (the shared core decides which make the roster). */
  readRosterSheets(
    names: readonly string[],
    onProgress?: (done: number, total: number, sheet: string) => void,
  ): Promise<RosterSheetsRead>;
  /** Shows a cell; `selected` is false when the host could only activate its sheet. */
  selectCell(sheet: string, address: string): Promise<CellShown>;
  highlightProblems(sheet: string, cells: readonly HighlightCell[]): Promise<void>;
  clearHighlights(sheet: string): Promise<void>;
  writeSummarySheet(
    summary: Summary,
    options: { lang: Lang; receipt?: Receipt; indicatorTargets?: IndicatorTargets },
  ): Promise<SheetWritten>;
  writeReportSheet(
    report: ReportFigures,
    attestation: readonly AttestationEntry[],
    options: { lang: Lang },
  ): Promise<SheetWritten>;
  organizationsSheetName(lang: Lang): string;
  /** The region's organisations sheet; `onProgress` hears of each chunk of rows written. */
  writeOrganizationsSheet(
    year: AcademicYear,
    organizations: readonly OrganizationSummary[],
    attestation: readonly AttestationEntry[],
    options: {
      lang: Lang;
      targets?: readonly StageTargets[];
      groups?: readonly GroupReport[];
      onProgress?: (rowsWritten: number, rows: number) => void;
    },
  ): Promise<SheetWritten>;
  /** The trend sheet with its native chart; `chart` is false where the host cannot draw one. */
  writeTrendSheet(trend: Trend, options: { lang: Lang }): Promise<SheetWritten & { chart: boolean }>;
  /** The district's candidates sheet (per category, then the names by organisation) from its own roster. */
  writeCandidatesSheet(
    report: CandidatesReport,
    options: { lang: Lang },
  ): Promise<SheetWritten & { candidates: number }>;
  /** The region's candidate counts sheet (by district, by organisation; no names). */
  writeCandidateCountsSheet(counts: CandidateCounts, options: { lang: Lang }): Promise<SheetWritten>;
  groupsSheetName(lang: Lang): string;
  /** The region's groups of organisations with their figures for the year. */
  writeGroupsSheet(
    year: AcademicYear,
    reports: readonly GroupReport[],
    options: { lang: Lang },
  ): Promise<SheetWritten>;
  /** Appends the receipt to the submissions sheet; the row it is on (an existing one for a repeat). */
  recordReceipt(receipt: Receipt, lang: Lang): Promise<SheetWritten & { row: number }>;
  createRosterSheet(lang: "kk" | "ru"): Promise<SheetWritten>;
  officeErrorMessage(error: unknown, lang: Lang): string;
}
