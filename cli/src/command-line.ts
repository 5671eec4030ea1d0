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
  parseReportDate,
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

/**
 * A report date as the pane's Settings read it (parseReportDate): DD.MM.YYYY as Sapa writes dates, or
 * YYYY-MM-DD; a day that does not exist (30.02.2026) is refused.
 */
export function parseDateOption(value: string, flag = "--as-of"): IsoDate {
  const date = parseReportDate(value);
  if (date === null || date === "invalid") throw usageError("bad-date", { flag, value });
  return date;
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
    const earlier = mapping[field as FieldKey];
    if (earlier !== undefined && earlier !== header)
      throw usageError("option-twice", { flag: `--map ${field}`, first: earlier, second: header });
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
