import { readFile, stat } from "node:fs/promises";
import { FileReadError, readWorkbook, type SheetGrid } from "@sapa/client/files";
import { CliError, EXIT_USAGE, usageError } from "./errors.ts";

export type { SheetGrid } from "@sapa/client/files";

/** A reader's refusal (password, .xls, .ods, empty, cut short, …) as the CLI's file error, exit 2. */
export function fileReadToCliError(error: unknown): unknown {
  return error instanceof FileReadError ? new CliError(EXIT_USAGE, error.text) : error;
}

/** The bytes of a file the user named; a missing path or a folder is a file error (exit 2). */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw usageError("file-is-folder", { file });
    if (!info.isFile()) throw usageError("file-not-found", { file });
    return await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // There, but not ours to read: "not found" would send the user looking for a file they can see.
    if (code === "EACCES" || code === "EPERM") throw usageError("file-no-permission", { file });
    if (code === "EBUSY") throw usageError("file-busy", { file });
    throw usageError("file-not-found", { file });
  }
}

/**
 * Every worksheet of a workbook (.xlsx, .xlsm) or a UTF-8 CSV file as a grid, in workbook order (the
 * shared reader in @sapa/client/files). A missing file, and every kind of file that cannot be read, is
 * a file error (exit 2) with a message that says what it is and what to do.
 */
export async function readWorkbookFile(file: string): Promise<SheetGrid[]> {
  const bytes = await readFileBytes(file);
  try {
    return await readWorkbook(bytes, file);
  } catch (error) {
    throw fileReadToCliError(error);
  }
}
