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

export const COMMANDS = [
  "check",
  "submit",
  "report",
  "token",
  "review",
  "status",
  "trend",
  "group",
  "candidates",
  "duplicates",
  "settings",
  "keys",
  "demo",
  "help",
] as const;
export type CommandName = (typeof COMMANDS)[number];

interface OptionSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  /** Shown in "needs a value" messages. */
  example?: string;
}

const LANG: OptionSpec = { type: "string", example: "ru" };
const HELP: OptionSpec = { type: "boolean" };
const JSON_FLAG: OptionSpec = { type: "boolean" };
const SERVER: OptionSpec = { type: "string", example: "https://localhost:3000" };
const TOKEN: OptionSpec = { type: "string", example: "dev-region" };
const SHEET: OptionSpec = { type: "string", example: '"Тізім"' };
const AS_OF: OptionSpec = { type: "string", example: "2026-05-31" };
const YEAR: OptionSpec = { type: "string", example: "2025-2026" };
const MAP: OptionSpec = { type: "string", multiple: true, example: 'category="Санаты"' };

/** The options each command accepts. */
const OPTIONS: Record<CommandName, Record<string, OptionSpec>> = {
  check: { sheet: SHEET, "as-of": AS_OF, year: YEAR, map: MAP, lang: LANG, json: JSON_FLAG, help: HELP },
  submit: {
    district: { type: "string", example: "alga" },
    sheet: SHEET,
    "as-of": AS_OF,
    year: YEAR,
    map: MAP,
    "accept-new-key": { type: "boolean" },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    json: JSON_FLAG,
    help: HELP,
  },
  report: {
    year: YEAR,
    json: JSON_FLAG,
    csv: { type: "boolean" },
    out: { type: "string", example: "report.xlsx" },
    key: { type: "string", example: "region-key.json" },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    help: HELP,
  },
  token: {
    district: { type: "string", example: "alga" },
    region: { type: "boolean" },
    label: { type: "string", example: '"Alga, methodist"' },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    json: JSON_FLAG,
    help: HELP,
  },
  review: {
    year: YEAR,
    comment: { type: "string", example: '"Категории в д/с №3"' },
    revision: { type: "string", example: "2" },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    json: JSON_FLAG,
    help: HELP,
  },
  status: { year: YEAR, server: SERVER, token: TOKEN, lang: LANG, json: JSON_FLAG, help: HELP },
  trend: {
    csv: { type: "string", example: "trend.csv" },
    xlsx: { type: "string", example: "trend.xlsx" },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    help: HELP,
  },
  group: {
    from: { type: "string", example: "groups.xlsx" },
    csv: { type: "boolean" },
    sheet: SHEET,
    year: YEAR,
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    json: JSON_FLAG,
    help: HELP,
  },
  candidates: {
    year: YEAR,
    district: { type: "string", example: "alga" },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    json: JSON_FLAG,
    help: HELP,
  },
  duplicates: {
    key: { type: "string", example: "region-key.json" },
    year: YEAR,
    csv: { type: "string", example: "duplicates.csv" },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    json: JSON_FLAG,
    help: HELP,
  },
  settings: {
    "min-years": { type: "string", example: "3" },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    json: JSON_FLAG,
    help: HELP,
  },
  keys: {
    out: { type: "string", example: "region-key.json" },
    key: { type: "string", example: "region-key.json" },
    year: YEAR,
    district: { type: "string", example: "alga" },
    "dry-run": { type: "boolean" },
    server: SERVER,
    token: TOKEN,
    lang: LANG,
    help: HELP,
  },
  demo: { server: SERVER, lang: LANG, help: HELP },
  help: { lang: LANG, help: HELP },
};

/** Positional arguments each command takes at most. */
const MAX_POSITIONALS: Record<CommandName, number> = {
  check: 1,
  submit: 1,
  report: 0,
  token: 2,
  review: 2,
  status: 0,
  trend: 0,
  group: 2,
  candidates: 0,
  duplicates: 0,
  settings: 1,
  keys: 2,
  demo: 0,
  help: 1,
};

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandLine {
  command: CommandName;
  positionals: string[];
  options: OptionValues;
  lang: Lang;
}

/**
 * The language for messages, read before anything else so that even a usage error speaks it.
 * Falls back to Kazakh when --lang is missing or not kk/ru/en.
 */
export function peekLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "kk" || value === "ru" || value === "en") return value;
  }
  return "kk";
}

/** Parses `sapa COMMAND [args] [--options]`; throws a usage error (exit 2) for anything unknown. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h") {
    return { command: "help", positionals: [], options: {}, lang: peekLang(argv) };
  }
  if (!(COMMANDS as readonly string[]).includes(first))
    throw usageError("unknown-command", { command: first });
  const command = first as CommandName;
  const specs = OPTIONS[command];
  const options: OptionValues = {};
  const positionals: string[] = [];
  let onlyPositionals = false;

  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const rawName = arg === "-h" ? "--help" : eq > 0 ? arg.slice(0, eq) : arg;
    const name = rawName.replace(/^--?/, "");
    const spec = rawName.startsWith("--") ? specs[name] : undefined;
    if (spec === undefined) throw usageError("unknown-flag", { flag: rawName, command });
    if (spec.type === "boolean") {
      if (eq > 0) throw usageError("flag-no-value", { flag: rawName });
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith("--")) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === "") {
      throw usageError("missing-value", { flag: rawName, example: spec.example ?? "…" });
    }
    if (spec.multiple) options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else options[name] = value;
  }

  if (positionals.length > MAX_POSITIONALS[command]) {
    throw usageError("too-many-args", { arg: positionals[MAX_POSITIONALS[command]]!, command });
  }
  const lang = options.lang === undefined ? "kk" : parseLang(String(options.lang));
  return { command, positionals, options, lang };
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
