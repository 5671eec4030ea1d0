import type { AttestationEntry, Lang, ReportFigures, Summary } from "@sapa/shared";
import type { Receipt } from "../api/client.ts";
import type { HighlightCell, HostCapabilities, RosterRead, SheetInfo } from "../excel/index.ts";

/**
 * The Excel operations the pane uses, handed to the components as a prop (as the Office React template
 * does): main.tsx passes the real adapter, so components never call Excel.* themselves.
 */
export interface ExcelPort {
  detectRequirementSets(): HostCapabilities;
  listSheets(): Promise<SheetInfo[]>;
  readRoster(sheetName?: string, onProgress?: (done: number, total: number) => void): Promise<RosterRead>;
  selectCell(sheet: string, address: string): Promise<void>;
  highlightProblems(sheet: string, cells: readonly HighlightCell[]): Promise<void>;
  clearHighlights(sheet: string): Promise<void>;
  writeSummarySheet(summary: Summary, options: { lang: Lang; receipt?: Receipt }): Promise<unknown>;
  writeReportSheet(
    report: ReportFigures,
    attestation: readonly AttestationEntry[],
    options: { lang: Lang },
  ): Promise<unknown>;
  recordReceipt(receipt: Receipt, lang: Lang): Promise<unknown>;
  createRosterSheet(lang: "kk" | "ru"): Promise<unknown>;
  officeErrorMessage(error: unknown, lang: Lang): string;
}

/** The sheet name an adapter call reports back, whatever shape it returns it in. */
export function sheetNameOf(result: unknown): string | null {
  if (typeof result === "string") return result;
  if (result && typeof result === "object") {
    const r = result as { sheet?: unknown; name?: unknown };
    if (typeof r.sheet === "string") return r.sheet;
    if (typeof r.name === "string") return r.name;
  }
  return null;
}
