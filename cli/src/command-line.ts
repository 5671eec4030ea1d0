/**
 * A parsed `sapa` command line as the commands receive it, and the readers of its option values: each
 * refuses a bad value with a usage error (exit 2) in kk/ru/en. The parser (args.ts) makes CommandLines;
 * the commands and the command table only read them, so they import this file, not the parser.
 */
import {
  DISTRICT_IDS,
  FIELD_KEYS,
  isAcademicYear,
  isDistrictId,
  type AcademicYear,
  type DistrictId,
  type FieldKey,
  type IsoDate,
  type Lang,
} from "@sapa/shared";
import { usageError } from "./errors.ts";

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandLine {
  /** A command of the command table (args.ts refuses any other). */
  command: string;
  positionals: string[];
  options: OptionValues;
  lang: Lang;
}

/** kk, ru or en. */
export function parseLang(value: string): Lang {
  if (value === "kk" || value === "ru" || value === "en") return value;
  throw usageError("bad-lang", { value });
}

/** A real calendar date in ISO form (2024-02-30 is refused). */
export function parseIsoDateOption(value: string, flag = "--as-of"): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return value;
    }
  }
  throw usageError("bad-date", { flag, value });
}

/** An academic year label such as 2025-2026. */
export function parseYearOption(value: string): AcademicYear {
  if (isAcademicYear(value)) return value;
  throw usageError("bad-year", { value });
}

/** `--map field=Header` pairs (a header text or a column letter) into a mapping override. */
export function parseMappingOption(values: readonly string[]): Partial<Record<FieldKey, string>> {
  const mapping: Partial<Record<FieldKey, string>> = {};
  for (const item of values) {
    const eq = item.indexOf("=");
    const field = item.slice(0, eq).trim();
    const header = item.slice(eq + 1).trim();
    if (eq <= 0 || header === "" || !(FIELD_KEYS as readonly string[]).includes(field)) {
      throw usageError("bad-map", { value: item, fields: FIELD_KEYS.join(", ") });
    }
    mapping[field as FieldKey] = header;
  }
  return mapping;
}

/** One of the 13 reporting unit ids. */
export function parseDistrictOption(value: string | undefined): DistrictId {
  if (value === undefined) throw usageError("missing-district", { ids: DISTRICT_IDS.join(", ") });
  if (isDistrictId(value)) return value;
  throw usageError("bad-district", { value, ids: DISTRICT_IDS.join(", ") });
}

/** A string option's value, or undefined. */
export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}

/** A repeatable option's values. */
export function listOption(options: OptionValues, name: string): string[] {
  const value = options[name];
  return Array.isArray(value) ? value : [];
}
