import { visibleSheets, type FileSheet } from "./file-port.ts";

/**
 * The sheet the preview shows: the one the user picked there (or "go to" opened), else the first sheet the
 * check read as the roster, else the file's first sheet. A workbook often opens on a cover or title sheet;
 * the problems point into the roster sheet, which is the one to show beside them. Hidden sheets are not
 * shown, as Excel shows them to no one.
 */
export function previewSheet(
  sheets: readonly FileSheet[],
  picked: string | null,
  checked: readonly string[],
): FileSheet | undefined {
  const named = (name: string | null | undefined) =>
    name == null ? undefined : sheets.find((s) => s.name === name);
  return named(picked) ?? named(checked.find((name) => named(name))) ?? visibleSheets(sheets)[0];
}
