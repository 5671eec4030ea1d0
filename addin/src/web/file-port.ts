/**
 * The browser's file host: the same seam the pane's Excel adapter fills (ExcelPort), on a roster file the
 * user opened instead of a workbook. Reading gives the file's grids to the shared core; "go to" and
 * "highlight" mark cells in a read-only preview (the user's file is never rewritten); every sheet Sapa
 * writes is kept here, in memory, to be downloaded as Sapa's own workbook.
 */
import { SHEET_NAMES, type GridInput, type Lang, type Localized, type SheetDescription } from "@sapa/shared";
import type { CellShown, HighlightCell, HostCapabilities, SheetInfo } from "../excel/index.ts";
import type { ExcelPort, SheetWritten } from "../taskpane/excel-port.ts";
import { webTranslator } from "./i18n-web.ts";

/** One sheet of the file as the shared core reads it. */
export interface FileSheet {
  name: string;
  grid: GridInput;
  /** Hidden in the workbook: not listed, so not read as the roster unless named (as the pane does). */
  hidden?: true;
}

/** The sheets Excel would show: a workbook always has one, else all of them. */
export function visibleSheets(sheets: readonly FileSheet[]): readonly FileSheet[] {
  const visible = sheets.filter((s) => !s.hidden);
  return visible.length > 0 ? visible : sheets;
}

/**
 * Reads a file's bytes into its sheets (@sapa/client/files, loaded when first used); `prepare`, where there,
 * loads what reading needs ahead of the first file.
 */
export type FileReader = ((bytes: Uint8Array, name: string) => Promise<FileSheet[]>) & {
  prepare?: () => void;
};

/**
 * Where the file comes from: a picked or dropped file (read once: a browser does not let a page read a
 * changed file again) or a File System Access handle (read afresh on every check).
 */
export interface FileSource {
  name: string;
  /** True when `read` gives the file as it is on disk now (a kept handle). */
  rereadable: boolean;
  read(): Promise<{ bytes: Uint8Array; modified: number }>;
}

/** The file open in the page: its name, sheets and when it was read. */
export interface OpenedFile {
  name: string;
  sheets: FileSheet[];
  rereadable: boolean;
  /** Date.now() of the last read. */
  readAt: number;
  /** Grows with every read that changed what the page holds. */
  version: number;
}

/** What the preview shows: the file, the cell "go to" showed, the cells "highlight" marked. */
export interface FileView {
  file: OpenedFile | null;
  target: { sheet: string; address: string; seq: number } | null;
  marks: ReadonlyMap<string, readonly HighlightCell[]>;
  /** Sapa's sheets written so far, in the order first written. */
  written: readonly SheetDescription[];
}

/** A refusal of the file host, said in the user's language. */
export class FileHostError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = "FileHostError";
  }
}

const localized = (
  key: "webNoFile" | "webUnknownSheet" | "webNoRosterTemplate" | "webSapaWorkbook",
  vars = {},
): Localized => ({
  kk: webTranslator("kk")(key, vars),
  ru: webTranslator("ru")(key, vars),
  en: webTranslator("en")(key, vars),
});

/** A browser has everything a workbook host would detect; there is no Excel API version to speak of. */
const FILE_CAPABILITIES: HostCapabilities = {
  excelApi: "file",
  canChart: false,
  canConditionalFormat: false,
  canDataValidation: false,
  canSheetVisibility: false,
  canFreezePanes: true,
  canValuesOnlyUsedRange: true,
  canNullObjects: true,
  canFillPattern: false,
  canSuspendCalculation: false,
  canMergedAreas: true,
  canWorksheetFunctions: false,
};

/** The text of an error that carries its own words (FileReadError, FileHostError, CryptoError-like). */
function ownWords(error: unknown, lang: Lang): string | null {
  const text = (error as { text?: Partial<Localized> } | null)?.text;
  return text && typeof text === "object" && typeof text[lang] === "string" ? text[lang] : null;
}

/** Every name Sapa gives a sheet it writes, in every language. */
const SAPA_SHEET_NAMES = new Set(Object.values(SHEET_NAMES).flatMap((n) => [n.kk, n.ru, n.en]));

/**
 * A workbook Sapa wrote (the district's downloaded workbook, the region's report): every sheet is one of
 * Sapa's. It sits beside the roster in the same folder and is easily picked in its place.
 */
export function isSapaWorkbook(sheets: readonly FileSheet[]): boolean {
  return sheets.length > 0 && sheets.every((s) => SAPA_SHEET_NAMES.has(s.name));
}

/** A log sheet (the receipts) gets the new rows whose key is not on it yet, as the pane appends to it. */
function appended(before: SheetDescription, next: SheetDescription): SheetDescription {
  const { keyColumn, headerRows } = next.append!;
  const keys = new Set(before.rows.slice(headerRows).map((r) => r.values[keyColumn - 1]));
  const added = next.rows.slice(headerRows).filter((r) => !keys.has(r.values[keyColumn - 1]));
  return { ...before, rows: [...before.rows, ...added] };
}

export interface FilePort extends ExcelPort {
  /** Opens a file (replacing the one open): reads and parses it. */
  open(source: FileSource): Promise<OpenedFile>;
  /** The user is about to pick or drop a file: load the reader now, so the file is read at once. */
  prepare(): void;
  /** The current view, for the preview (useSyncExternalStore). */
  view(): FileView;
  subscribe(listener: () => void): () => void;
  /** How many sheets were written so far: `writtenSince(count)` gives those written after. */
  writeCount(): number;
  writtenSince(count: number): SheetDescription[];
}

/** A file host reading with `readFile` (injected so the reader loads only when a file is opened). */
export function createFilePort(readFile: () => Promise<FileReader>): FilePort {
  let source: FileSource | null = null;
  let modified = -1;
  let view: FileView = { file: null, target: null, marks: new Map(), written: [] };
  const log: SheetDescription[] = [];
  const listeners = new Set<() => void>();
  let seq = 0;

  const set = (next: Partial<FileView>) => {
    view = { ...view, ...next };
    for (const l of listeners) l();
  };

  const load = async (from: FileSource, fresh: boolean): Promise<OpenedFile> => {
    const got = await from.read();
    const current = view.file;
    // A re-read of an unchanged file keeps what the page holds (and the preview's marks).
    if (!fresh && current && got.modified === modified) {
      const file = { ...current, readAt: Date.now() };
      set({ file });
      return file;
    }
    const sheets = await (await readFile())(got.bytes, from.name);
    // Refused before anything changes: the file open before stays open.
    if (isSapaWorkbook(sheets)) throw new FileHostError(localized("webSapaWorkbook", { file: from.name }));
    source = from;
    modified = got.modified;
    const file: OpenedFile = {
      name: from.name,
      sheets,
      rereadable: from.rereadable,
      readAt: Date.now(),
      version: (current?.version ?? 0) + 1,
    };
    set({ file, target: fresh ? null : view.target, marks: new Map() });
    return file;
  };

  const sheetsNow = async (): Promise<FileSheet[]> => {
    if (!source || !view.file) throw new FileHostError(localized("webNoFile"));
    if (source.rereadable) await load(source, false);
    return view.file.sheets;
  };

  const sheetNamed = (sheets: readonly FileSheet[], name: string): FileSheet => {
    const found = sheets.find((s) => s.name === name);
    if (!found) throw new FileHostError(localized("webUnknownSheet", { sheet: name }));
    return found;
  };

  const port: FilePort = {
    open: (from) => load(from, true),
    prepare: () =>
      void readFile().then(
        (reader) => reader.prepare?.(),
        () => undefined,
      ),
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    writeCount: () => log.length,
    writtenSince: (count) => {
      const names = new Set(log.slice(count).map((d) => d.name));
      return view.written.filter((d) => names.has(d.name));
    },
    detectRequirementSets: () => FILE_CAPABILITIES,
    // A browser tab already: the link opens the page in another tab itself.
    openInBrowser: () => false,
    async listSheets(): Promise<SheetInfo[]> {
      return visibleSheets(view.file?.sheets ?? []).map((s, i) => ({ name: s.name, active: i === 0 }));
    },
    async readRoster(sheetName) {
      const sheets = await sheetsNow();
      const sheet = sheetName === undefined ? visibleSheets(sheets)[0] : sheetNamed(sheets, sheetName);
      if (!sheet) throw new FileHostError(localized("webNoFile"));
      return { sheet: sheet.name, input: sheet.grid, syncs: 0 };
    },
    async readRosterSheets(names, onProgress) {
      const sheets = await sheetsNow();
      const picked = names.map((n) => sheetNamed(sheets, n));
      const rows = picked.reduce((n, s) => n + s.grid.values.length, 0);
      onProgress?.(rows, rows, picked.at(-1)?.name ?? "");
      return { sheets: picked, syncs: 0 };
    },
    async selectCell(sheet, address): Promise<CellShown> {
      sheetNamed(view.file?.sheets ?? [], sheet);
      set({ target: { sheet, address: address.replace(/\$/g, "").toUpperCase(), seq: ++seq } });
      return { sheet, address, selected: true };
    },
    async highlightProblems(sheet, cells) {
      const marks = new Map(view.marks);
      marks.set(sheet, [...cells]);
      set({ marks });
    },
    async clearHighlights(sheet) {
      const marks = new Map(view.marks);
      marks.delete(sheet);
      set({ marks });
    },
    async writeSheet(d) {
      const at = view.written.findIndex((w) => w.name === d.name);
      const written = [...view.written];
      if (at < 0) written.push(d);
      else written[at] = d.append ? appended(written[at]!, d) : d;
      log.push(d);
      set({ written });
      // The file writer draws no native chart: the pane's words say so, the numbers stay.
      return { sheet: d.name, chart: false };
    },
    async createRosterSheet(): Promise<SheetWritten> {
      throw new FileHostError(localized("webNoRosterTemplate"));
    },
    officeErrorMessage(error, lang) {
      return ownWords(error, lang) ?? (error instanceof Error ? error.message : String(error));
    },
  };
  return port;
}

/** A picked or dropped File, read once (a browser refuses to read a File changed since it was picked). */
export function fileSource(file: File): FileSource {
  let bytes: Promise<Uint8Array> | null = null;
  return {
    name: file.name,
    rereadable: false,
    read: async () => {
      bytes ??= file.arrayBuffer().then((b) => new Uint8Array(b));
      return { bytes: await bytes, modified: file.lastModified };
    },
  };
}

/** The File System Access API's handle (Chromium-based browsers): read as the file is on disk now. */
export interface FileHandleLike {
  name: string;
  getFile(): Promise<File>;
}

export function handleSource(handle: FileHandleLike): FileSource {
  return {
    name: handle.name,
    rereadable: true,
    read: async () => {
      const file = await handle.getFile();
      // lastModified and size together tell a saved change (a save within the same millisecond is rare).
      return {
        bytes: new Uint8Array(await file.arrayBuffer()),
        modified: file.lastModified * 1e6 + (file.size % 1e6),
      };
    },
  };
}
