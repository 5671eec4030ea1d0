/**
 * The heavy parts of Sapa on the web, loaded when first used (dynamic import): the roster file reader
 * when a file is opened, the workbook file writer when something is downloaded.
 */
import type { SheetDescription } from "@sapa/shared";
import type { FileReader } from "./file-port.ts";

/** @sapa/client/files's reader: bytes and a name in, the sheets' grids out. */
export const loadReader = async (): Promise<FileReader> => (await import("./reader-entry.ts")).readWorkbook;

/** @sapa/client/files's writer: Sapa's sheet descriptions in, .xlsx bytes out. */
export const loadWriter = async (): Promise<(sheets: readonly SheetDescription[]) => Promise<Uint8Array>> =>
  (await import("./writer-entry.ts")).writeWorkbook;
