import type { Lang } from "@sapa/shared";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { parseLang, type CommandLine, type OptionValues } from "./command-line.ts";
import { commandSpec, type OptionSpec } from "./command-table.ts";
import { usageError } from "./errors.ts";

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

/** The --lang among leading options (a bad value refused as anywhere else), or Kazakh. */
function parseLeadingLang(leading: readonly string[]): Lang {
  let lang: Lang = "kk";
  for (let i = 0; i < leading.length; i++) {
    const arg = leading[i]!;
    if (arg === "--lang") lang = parseLang(leading[++i]!);
    else if (arg.startsWith("--lang=")) lang = parseLang(arg.slice(7));
  }
  return lang;
}

/**
 * Parses `sapa COMMAND [args] [--options]` with `util.parseArgs` against the command table; throws a
 * usage error (exit 2) for anything unknown. parseArgs runs unstrict and its tokens are judged here, so
 * every refusal keeps its own kk/ru/en message instead of Node's English one.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  // --lang (and -h/--help) before the command, as many tools take global options, go after it.
  const leading: string[] = [];
  let start = 0;
  while (start < argv.length) {
    const arg = argv[start]!;
    if (arg === "--lang" && start + 1 < argv.length) {
      leading.push(arg, argv[start + 1]!);
      start += 2;
    } else if (arg.startsWith("--lang=") || arg === "--help" || arg === "-h") {
      leading.push(arg);
      start += 1;
    } else break;
  }
  if (leading.length > 0) {
    const rest = argv.slice(start);
    if (rest.length === 0)
      return { command: "help", positionals: [], options: {}, lang: parseLeadingLang(leading) };
    argv = [rest[0]!, ...leading, ...rest.slice(1)];
  }
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h") {
    return { command: "help", positionals: [], options: {}, lang: peekLang(argv) };
  }
  const spec = commandSpec(first);
  if (spec === undefined) throw usageError("unknown-command", { command: first });
  const command = first;
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
    else {
      // Two different values for one option (two --year, two --district): neither is taken for the other.
      const earlier = options[token.name];
      if (typeof earlier === "string" && earlier !== value)
        throw usageError("option-twice", { flag: `--${token.name}`, first: earlier, second: value });
      options[token.name] = value;
    }
  }

  if (positionals.length > spec.positionals) {
    throw usageError("too-many-args", { arg: positionals[spec.positionals]!, command });
  }
  const lang = options.lang === undefined ? "kk" : parseLang(String(options.lang));
  return { command, positionals, options, lang };
}
