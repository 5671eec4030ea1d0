/** ЖСН / ИИН: Kazakhstan's 12-digit individual identification number. */

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * The check digit for the first 11 digits, or null when both weightings give 10 (no valid ИИН exists
 * with that prefix).
 */
export function iinCheckDigit(first11: string): number | null {
  const digits = Array.from(first11, Number);
  const weighted = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11;
  const first = weighted(WEIGHTS_1);
  if (first !== 10) return first;
  const second = weighted(WEIGHTS_2);
  return second === 10 ? null : second;
}

export type IinCheck =
  | { ok: true; iin: string; birthDate: string; male: boolean }
  | { ok: false; reason: "length" | "checksum" | "birth-date" };

/**
 * Checks an ИИН given as text or as a number. Numbers (and digit-only text from numeric cells) shorter
 * than 12 digits are left-padded with zeros: a sheet that stores 061211600012 as a number shows 61211600012.
 */
export function checkIin(value: string | number): IinCheck {
  const text =
    typeof value === "number"
      ? Number.isInteger(value) && value >= 0
        ? String(value).padStart(12, "0")
        : ""
      : value.replace(/[\s\u00a0-]/g, "");
  const iin = /^\d{9,11}$/.test(text) && typeof value === "number" ? text.padStart(12, "0") : text;
  if (!/^\d{12}$/.test(iin)) return { ok: false, reason: "length" };
  const birthDate = iinBirthDate(iin);
  if (birthDate === null) return { ok: false, reason: "birth-date" };
  const check = iinCheckDigit(iin.slice(0, 11));
  if (check === null || check !== Number(iin[11])) return { ok: false, reason: "checksum" };
  return { ok: true, iin, birthDate, male: Number(iin[6]) % 2 === 1 };
}

/** The birth date encoded in an ИИН, or null when the century digit or the date is not real. */
export function iinBirthDate(iin: string): string | null {
  const centuryDigit = Number(iin[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return null;
  const century = 1800 + Math.floor((centuryDigit - 1) / 2) * 100;
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
}

/** Prefix that keeps Sapa's keys apart from a bare hash of the ИИН. */
const IIN_KEY_PREFIX = "sapa:iin:v1:";

/**
 * The pseudonymous key a submission carries instead of the ИИН: SHA-256 (hex) of a fixed prefix and the
 * ИИН. This is pseudonymisation, not anonymity: anyone holding a list of ИИНs can recompute the keys.
 */
export async function pseudonymiseIin(iin: string): Promise<string> {
  const bytes = new TextEncoder().encode(IIN_KEY_PREFIX + iin);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
