/** ЖСН / ИИН: Kazakhstan's 12-digit individual identification number. */

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * The check digit for the first 11 digits, or null when both weightings give 10 (no valid ИИН exists
 * with that prefix).
 */
export function iinCheckDigit(first11: string): number | null {
  // charCode arithmetic: this runs once per roster row, 100,000 times on a large region file
  let first = 0;
  let second = 0;
  for (let i = 0; i < 11; i++) {
    const d = first11.charCodeAt(i) - 48;
    first += d * WEIGHTS_1[i]!;
    second += d * WEIGHTS_2[i]!;
  }
  first %= 11;
  if (first !== 10) return first;
  second %= 11;
  return second === 10 ? null : second;
}

/**
 * Why a cell is not an ИИН. "scientific": text such as 7.91028E+11 or 7,91028E+11, what Excel shows a number
 * of 12 digits as in the General format, and what a CSV saved from such a sheet holds: its last digits are gone.
 */
export type IinFailure = "length" | "checksum" | "birth-date" | "scientific";

export type IinCheck =
  { ok: true; iin: string; birthDate: string; male: boolean } | { ok: false; reason: IinFailure };

/**
 * Checks an ИИН given as text or as a number. Numbers (and digit-only text from numeric cells) shorter
 * than 12 digits are left-padded with zeros: a sheet that stores 061211600012 as a number shows 61211600012.
 */
export function checkIin(value: string | number): IinCheck {
  const read = readIin(value);
  if (typeof read !== "string") return { ok: false, reason: read.reason };
  return { ok: true, iin: read, birthDate: iinBirthDate(read)!, male: Number(read[6]) % 2 === 1 };
}

/**
 * The ИИН a cell holds, as its 12 digits, or why it is not one. The roster reader calls this once per row:
 * it returns the cell's own string when that is already the ИИН and builds nothing else (no birth date).
 */
export function readIin(value: string | number): string | { reason: IinFailure } {
  let iin: string;
  if (typeof value === "number") {
    if (!(Number.isInteger(value) && value >= 0)) return LENGTH;
    iin = String(value).padStart(12, "0");
  } else {
    iin = isTwelveDigits(value) ? value : value.replace(/[\s\u00a0-]/g, "");
  }
  if (!isTwelveDigits(iin))
    return typeof value === "string" && SCIENTIFIC.test(value) ? SCIENTIFIC_NOTATION : LENGTH;
  if (!hasBirthDate(iin)) return BIRTH_DATE;
  const check = iinCheckDigit(iin);
  return check === null || check !== iin.charCodeAt(11) - 48 ? CHECKSUM : iin;
}
const LENGTH = { reason: "length" } as const;
const BIRTH_DATE = { reason: "birth-date" } as const;
const CHECKSUM = { reason: "checksum" } as const;
const SCIENTIFIC_NOTATION = { reason: "scientific" } as const;
/** A number written as a mantissa and a power of ten (7.91028E+11, 7,91028E+11). */
const SCIENTIFIC = /^\s*\d(?:[.,]\d+)?\s*e\s*\+?\s*\d{1,3}\s*$/i;

function isTwelveDigits(text: string): boolean {
  if (text.length !== 12) return false;
  for (let i = 0; i < 12; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `iinBirthDate(iin) !== null` without building the date. */
function hasBirthDate(iin: string): boolean {
  const centuryDigit = iin.charCodeAt(6) - 48;
  if (centuryDigit < 1 || centuryDigit > 6) return false;
  const digits = (i: number) => (iin.charCodeAt(i) - 48) * 10 + iin.charCodeAt(i + 1) - 48;
  const year = 1800 + Math.floor((centuryDigit - 1) / 2) * 100 + digits(0);
  const month = digits(2);
  const day = digits(4);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The birth date encoded in an ИИН, or null when the century digit or the date is not real. */
export function iinBirthDate(iin: string): string | null {
  if (!hasBirthDate(iin)) return null;
  const year = 1800 + Math.floor((iin.charCodeAt(6) - 49) / 2) * 100 + Number(iin.slice(0, 2));
  return `${year}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Prefix that keeps Sapa's keys apart from a bare hash of the ИИН. */
const IIN_KEY_PREFIX = "sapa:iin:v1:";

/**
 * The pseudonymous key a submission carries instead of the ИИН: SHA-256 (hex) of a fixed prefix and the
 * ИИН. This is pseudonymisation, not anonymity: anyone holding a list of ИИНs can recompute the keys.
 */
export async function pseudonymiseIin(iin: string): Promise<string> {
  const text = IIN_KEY_PREFIX + iin;
  // the prefix and the digits are ASCII, so one byte per character
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0x7f);
  const digest = await webCrypto().subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Web Crypto as Node 20+, workerd and browsers all provide it; typed here so shared needs no DOM lib. */
function webCrypto(): { subtle: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } } {
  return (globalThis as unknown as { crypto: ReturnType<typeof webCrypto> }).crypto;
}

// Digits joined by at most three separators that are neither letters nor digits ("880101.300.125",
// "7910 2830-2728", "79/10/28/30/27/28"): how a number is still read as one number.
const DIGIT_RUN = /\d(?:[^\p{L}\p{N}]{0,3}\d)*/gu;

/**
 * True when free text holds something that reads as an ИИН: twelve digits written as one number (in a row
 * or split by spaces, hyphens, dots or other separators), a valid ИИН inside a longer number, or a valid
 * ИИН that lost its leading zeros as a number (9–11 digits). Free text must never carry one in clear.
 */
export function containsIin(text: string): boolean {
  // Most names hold no digits at all: count them first (this runs on every text field of every row).
  let digitCount = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digitCount++;
  }
  if (digitCount < 9) return false;
  for (const [run] of text.matchAll(DIGIT_RUN)) {
    const digits = run.replace(/\D/g, "");
    if (digits.length === 12 || /\d{12}/.test(run.replace(/[\s\u00a0-]/g, ""))) return true;
    if (digits.length >= 9 && digits.length <= 11 && checkIin(digits.padStart(12, "0")).ok) return true;
    for (let i = 0; i + 12 <= digits.length; i++) if (checkIin(digits.slice(i, i + 12)).ok) return true;
  }
  return false;
}
