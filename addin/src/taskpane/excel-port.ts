import type { Lang, SheetDescription } from "@sapa/shared";
import type {
  CellShown,
  HighlightCell,
  HostCapabilities,
  RosterRead,
  RosterSheetsRead,
  SheetInfo,
  SheetWriteResult,
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
  /**
   * Writes one of Sapa's sheets from its description (@sapa/shared's summarySheet, reportWorkbook…);
   * `onProgress` hears of each chunk of rows written; `chart` is false where the host cannot draw one.
   */
  writeSheet(
    description: SheetDescription,
    onProgress?: (rowsWritten: number, rows: number) => void,
  ): Promise<SheetWriteResult>;
  createRosterSheet(lang: "kk" | "ru"): Promise<SheetWritten>;
  officeErrorMessage(error: unknown, lang: Lang): string;
  /**
   * Opens an address in the user's browser through the host, true when it did; false leaves a link to open
   * it its own way (Excel on the web, the web app: a browser tab).
   */
  openInBrowser(url: string): boolean;
}
