/**
 * The lowest requirement set of the core flow is ExcelApi 1.1 (manifest.xml says the same): reading
 * values and number formats, getUsedRange, select/activate, fills, adding sheets and charts are all 1.1,
 * so volume-licensed Excel 2016 still checks and submits a roster. Everything newer is feature-detected
 * here and the adapter skips (or the pane hides) what the host lacks.
 */
export const MIN_EXCEL_API = "1.1";

/** What the host can do beyond the core flow. */
export interface HostCapabilities {
  /** Highest ExcelApi version the host reports ("1.1" … "1.17"). */
  excelApi: string;
  /** Native charts (ExcelApi 1.1; false only where charts are known to be unavailable). */
  canChart: boolean;
  /** Conditional formats (ExcelApi 1.6); otherwise gaps get static fills. */
  canConditionalFormat: boolean;
  /** Data validation dropdowns (ExcelApi 1.8). */
  canDataValidation: boolean;
  /** Setting a sheet's visibility, i.e. hidden list sheets (ExcelApi 1.2). */
  canSheetVisibility: boolean;
  /** Frozen header rows (ExcelApi 1.7). */
  canFreezePanes: boolean;
  /** getUsedRange(valuesOnly), column widths and autofit (ExcelApi 1.2). */
  canValuesOnlyUsedRange: boolean;
  /** getItemOrNullObject (ExcelApi 1.4). */
  canNullObjects: boolean;
  /** RangeFill.pattern, telling "no fill" from a white fill (ExcelApi 1.9). */
  canFillPattern: boolean;
  /** suspendApiCalculationUntilNextSync (ExcelApi 1.6). */
  canSuspendCalculation: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): merged organisation cells can be read. */
  canMergedAreas: boolean;
  /** workbook.functions (ExcelApi 1.2): DATE tells the workbook's date system (1900 or 1904). */
  canWorksheetFunctions: boolean;
}

const MINORS_TO_PROBE = 20;

function supports(minor: number): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`);
}

/** Probes Office's requirement sets once per call; cheap (no round trip to Excel). */
export function detectRequirementSets(): HostCapabilities {
  let highest = 0;
  // Outside Office (a plain browser tab) there is nothing to probe: every capability is off.
  if (typeof Office === "undefined" || !Office.context?.requirements) return capabilitiesAt(0);
  for (let minor = 1; minor <= MINORS_TO_PROBE; minor++) {
    if (supports(minor)) highest = minor;
    else break;
  }
  return capabilitiesAt(highest);
}

function capabilitiesAt(highest: number): HostCapabilities {
  const at = (minor: number) => highest >= minor;
  return {
    excelApi: highest > 0 ? `1.${highest}` : "none",
    canChart: at(1),
    canConditionalFormat: at(6),
    canDataValidation: at(8),
    canSheetVisibility: at(2),
    canFreezePanes: at(7),
    canValuesOnlyUsedRange: at(2),
    canNullObjects: at(4),
    canFillPattern: at(9),
    canSuspendCalculation: at(6),
    canMergedAreas: at(13),
    canWorksheetFunctions: at(2),
  };
}
