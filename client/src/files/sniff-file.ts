import type { FileReadErrorCode } from "./read-errors.ts";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
/** "EncryptedPackage" as UTF-16LE: the stream name an encrypted (password) workbook's container holds. */
const ENCRYPTED_PACKAGE = utf16("EncryptedPackage");
/** The stream of an Excel 97-2003 workbook ("Book" in Excel 5.0/95's). */
const LEGACY_STREAMS = [utf16("Workbook"), utf16("Book")];
/** Where every .xlsx and .xlsm writer keeps a workbook's parts; a zip without it holds something else. */
const XL_FOLDER = Array.from("xl/", (ch) => ch.charCodeAt(0));
const ODF_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument";
/** The file names of text exports of a table, read as CSV is. */
const TEXT_EXTENSIONS = new Set([".csv", ".txt", ".tsv"]);
/** A zip's end-of-directory record sits in its last 22 bytes plus a comment of at most 65,535. */
const ZIP_END_SEARCH = 65_557;

function utf16(text: string): number[] {
  return Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/** Where `needle` first occurs in `bytes` from `from`, or -1 (Uint8Array has no sub-array search). */
function indexOfBytes(bytes: Uint8Array, needle: readonly number[], from = 0): number {
  const first = needle[0]!;
  for (
    let i = bytes.indexOf(first, from);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** The file name's extension, lower case, with its dot ("" when none). */
function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/**
 * What kind of file the bytes are, before any spreadsheet library sees them, so each unreadable kind
 * gets its own message: an encrypted (password) workbook and a legacy .xls are both OLE containers.
 */
export function sniffFile(bytes: Uint8Array, name: string): "xlsx" | "csv" | FileReadErrorCode {
  if (bytes.length === 0) return "file-empty";
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    if (indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0) return "file-password";
    if (LEGACY_STREAMS.some((stream) => indexOfBytes(bytes, stream) >= 0)) return "file-legacy-xls";
    // Neither stream can be found (a damaged container): an .xlsx or .xlsm in an OLE container is what
    // Excel saves when a password encrypts the workbook.
    return /\.xls[xm]$/.test(extensionOf(name)) ? "file-password" : "file-legacy-xls";
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // An ODF package stores its mimetype first and uncompressed, right after the 30-byte entry header.
    const head = String.fromCharCode(...bytes.subarray(30, 100));
    if (head.includes(ODF_MIMETYPE)) return "file-ods";
    // The zip's directory sits at its end; a file cut short has none.
    if (indexOfBytes(bytes, ZIP_END, Math.max(0, bytes.length - ZIP_END_SEARCH)) < 0) return "file-truncated";
    // Part names are stored as they are: a zip with no xl/ part is an archive or a Word file, not a workbook.
    return indexOfBytes(bytes, XL_FOLDER) >= 0 ? "xlsx" : "file-not-spreadsheet";
  }
  // A text export: CSV, or Excel's "Unicode Text" (.txt, tabs between fields) and other tab-separated text.
  if (TEXT_EXTENSIONS.has(extensionOf(name))) return "csv";
  return "file-not-spreadsheet";
}
