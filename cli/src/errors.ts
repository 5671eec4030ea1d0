import { access, constants, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { Lang, Localized, Problem, TemplateParams } from "@sapa/shared";
import { localized, type MessageKey } from "./messages.ts";

/** Exit statuses of `sapa`: 0 success, 1 rejected (roster errors, 4xx), 2 usage, file or network error. */
export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

const BRAND = Symbol.for("sapa.CliError");

/**
 * An expected failure: printed as one clear message in the user's language, never as a stack trace.
 * `problems` carries a problem list to print along with it (a 422 from the server).
 */
export class CliError extends Error {
  /**
   * The bundle gives each command its own file with its own copy of this class (bin/bundle.mjs), so
   * main's `instanceof CliError` asks for the brand, not for this very class object.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
  readonly [BRAND] = true;
  readonly exitCode: number;
  readonly text: Localized;
  readonly problems: Problem[] | undefined;
  /**
   * The server's error code ("region-key-missing", "year-locked", …) when this is how its refusal is said:
   * what a shared policy asks of a failure (the region key's trust reads it), whichever words print.
   */
  code?: string;

  constructor(exitCode: number, text: Localized, problems?: Problem[]) {
    super(text.en);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.text = text;
    this.problems = problems;
  }

  /** The message in `lang`. */
  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}

/** A usage, file or network error (exit 2). */
export function usageError(key: MessageKey, params?: TemplateParams): CliError {
  return new CliError(EXIT_USAGE, localized(key, params));
}

/** Node's error codes for a failed write, each with what it means to the user. */
const WRITE_REASONS: Readonly<Record<string, MessageKey>> = {
  ENOENT: "write-no-folder",
  EACCES: "write-denied",
  EPERM: "write-denied",
  EROFS: "write-denied",
  EISDIR: "write-is-folder",
  EBUSY: "write-busy",
  EEXIST: "write-exists",
  ENOSPC: "write-disk-full",
};

/** A file that could not be written (exit 2), with why in the user's language rather than Node's English. */
export function fileWriteError(file: string, error: unknown): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  const key = typeof code === "string" ? WRITE_REASONS[code] : undefined;
  const reason = key ? localized(key) : typeof code === "string" ? code : String(error);
  return new CliError(EXIT_USAGE, localized("file-not-writable", { file, reason }));
}

/**
 * Refuses, before anything is downloaded, a file that could not be written later: its folder is missing or
 * not writable, or the path is a folder. What it holds now is the caller's business (reports are rewritten).
 */
export async function assertWritable(file: string): Promise<void> {
  try {
    await access(dirname(file), constants.W_OK);
    if ((await stat(file).catch(() => null))?.isDirectory())
      throw Object.assign(new Error(), { code: "EISDIR" });
  } catch (error) {
    throw fileWriteError(file, error);
  }
}
