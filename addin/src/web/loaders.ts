/**
 * The heavy parts of Sapa on the web, loaded when first used: the roster file reader when a file is opened
 * (in a worker of its own, so the page stays live while a large file is read), the workbook file writer
 * when something is downloaded.
 */
import type { SheetDescription } from "@sapa/shared";
import type { FileReader } from "./file-port.ts";
import { workerReader } from "./worker-reader.ts";

/** @sapa/client/files's reader on the page's own thread (dynamic import). */
const onPageThread = async (): Promise<FileReader> => (await import("./reader-entry.ts")).readWorkbook;

let reader: FileReader | null = null;

/**
 * @sapa/client/files's reader: bytes and a name in, the sheets' grids out. In the reader worker where the
 * browser runs module workers; on the page's thread where it does not, or where the worker fails.
 */
export const loadReader = async (): Promise<FileReader> =>
  (reader ??=
    typeof Worker === "function"
      ? workerReader(
          () =>
            new Worker(new URL("./reader-worker.ts", import.meta.url), {
              type: "module",
              name: "sapa-reader",
            }),
          onPageThread,
        )
      : await onPageThread());

/** @sapa/client/files's writer: Sapa's sheet descriptions in, .xlsx bytes out. */
export const loadWriter = async (): Promise<(sheets: readonly SheetDescription[]) => Promise<Uint8Array>> =>
  (await import("./writer-entry.ts")).writeWorkbook;
