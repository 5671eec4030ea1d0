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
import { parseArgs, type ParseArgsConfig } from "node:util";
import { commandSpec, type CommandName, type OptionSpec } from "./command-table.ts";
import { usageError } from "./errors.ts";

export { COMMAND_TABLE, type CommandName } from "./command-table.ts";

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandLine {
  command: CommandName;
  positionals: string[];
  options: OptionValues;
  lang: Lang;
}

/** Every command takes these besides its own options. */
const COMMON_OPTIONS: Record<string, OptionSpec> = {
  lang: { type: "string", example: "ru" },
  help: { type: "boolean" },
};

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

/**
 * Parses `sapa COMMAND [args] [--options]` with `util.parseArgs` against the command table; throws a
 * usage error (exit 2) for anything unknown. parseArgs runs unstrict and its tokens are judged here, so
 * every refusal keeps its own kk/ru/en message instead of Node's English one.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h") {
    return { command: "help", positionals: [], options: {}, lang: peekLang(argv) };
  }
  const spec = commandSpec(first);
  if (spec === undefined) throw usageError("unknown-command", { command: first });
  const command = first as CommandName;
  const specs: Record<string, OptionSpec> = { ...spec.options, ...COMMON_OPTIONS };
  const config: ParseArgsConfig["options"] = { help: { type: "boolean", short: "h" } };
  for (const [name, option] of Object.entries(specs)) {
    if (name !== "help") config[name] = { type: option.type, multiple: option.multiple ?? false };
  }
  const { tokens } = parseArgs({
    args: argv.slice(1) as string[],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const options: OptionValues = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const option = token.rawName.startsWith("--") || token.rawName === "-h" ? specs[token.name] : undefined;
    // Unknown to this command (parseArgs also splits -xy into -x, -y; the first is named).
    if (option === undefined || !Object.hasOwn(specs, token.name)) {
      throw usageError("unknown-flag", { flag: token.rawName, command });
    }
    if (option.type === "boolean") {
      if (token.inlineValue) throw usageError("flag-no-value", { flag: token.rawName });
      options[token.name] = true;
      continue;
    }
    // parseArgs takes the next word as the value whatever it is; another --option is a forgotten value.
    const value = token.value;
    if (value === undefined || value === "" || (!token.inlineValue && value.startsWith("--"))) {
      throw usageError("missing-value", { flag: token.rawName, example: option.example ?? "…" });
    }
    if (option.multiple)
      options[token.name] = [...((options[token.name] as string[] | undefined) ?? []), value];
    else options[token.name] = value;
  }

  if (positionals.length > spec.positionals) {
    throw usageError("too-many-args", { arg: positionals[spec.positionals]!, command });
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
