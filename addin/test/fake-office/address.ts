/** A1 address parsing for the fake host, written independently of the adapter's helpers. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function letterToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function indexToLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function fail(address: string): never {
  const err = new Error(`Invalid address: ${address}`) as Error & { fakeCode: string };
  err.fakeCode = "InvalidArgument";
  throw err;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;
const COLS = /^\$?([A-Z]{1,3})$/i;
const ROWS = /^\$?(\d{1,7})$/;

function parsePart(part: string, address: string): { r: number | null; c: number | null } {
  let m = CELL.exec(part);
  if (m) return { r: Number(m[2]) - 1, c: letterToIndex(m[1]!) };
  m = COLS.exec(part);
  if (m) return { r: null, c: letterToIndex(m[1]!) };
  m = ROWS.exec(part);
  if (m) return { r: Number(m[1]) - 1, c: null };
  return fail(address);
}

/** Splits "'Sheet 1'!A1:B2" into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

/** "A1", "A1:C3", "$A$1", "1:5000" (whole rows), "A:C" (whole columns), optionally sheet-qualified. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  const { sheet, local } = splitSheet(address);
  const [a, b, extra] = local.split(":");
  if (!a || extra !== undefined) fail(address);
  const p = parsePart(a, address);
  const q = b === undefined ? p : parsePart(b, address);
  if ((p.r === null) !== (q.r === null) || (p.c === null) !== (q.c === null)) fail(address);
  if (b === undefined && (p.r === null || p.c === null)) fail(address);
  const rect: Rect = {
    r0: Math.min(p.r ?? 0, q.r ?? 0),
    r1: p.r === null ? MAX_ROWS - 1 : Math.max(p.r, q.r!),
    c0: Math.min(p.c ?? 0, q.c ?? 0),
    c1: p.c === null ? MAX_COLUMNS - 1 : Math.max(p.c, q.c!),
  };
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) fail(address);
  return { sheet, rect };
}

/** Office quotes a sheet name in an address unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function localAddress(rect: Rect): string {
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  const wholeCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  if (wholeRows && !wholeCols) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (wholeCols && !wholeRows) return `${indexToLetter(rect.c0)}:${indexToLetter(rect.c1)}`;
  const a = `${indexToLetter(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${indexToLetter(rect.c1)}${rect.r1 + 1}`;
}

/** "Sheet1!A1:B2" as Range.address gives it. */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${localAddress(rect)}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r: Rect = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 > r.r1 || r.c0 > r.c1 ? null : r;
}

export function contains(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

export function cellCount(rect: Rect): number {
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
}
