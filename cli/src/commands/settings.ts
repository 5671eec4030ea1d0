import { ApiError } from "@sapa/client";
import { MAX_MIN_YEARS_SINCE_AWARD, type Lang, type SettingsReply } from "@sapa/shared";
import { apiOptions, cliClient, orCliError, toCliError, type ApiOptions } from "../api.ts";
import { stringOption, type CommandLine } from "../command-line.ts";
import { CliError, EXIT_OK, EXIT_USAGE, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { localized, t } from "../messages.ts";
import { heading } from "../output.ts";
import { printJson } from "../json-output.ts";

/** The settings as text, each with what it means. */
export function formatSettings(reply: SettingsReply, lang: Lang): string {
  return [
    heading(t("settings-heading", lang)),
    t("settings-min-years", lang, { years: reply.settings.minYearsSinceAward }),
  ].join("\n");
}

/** A whole number as written ("3"); the range is the server's to check (one rule, in the shared schema). */
function parseMinYears(text: string | undefined): number {
  if (text === undefined) throw usageError("settings-min-years-missing");
  if (!/^\d{1,3}$/.test(text.trim()))
    throw usageError("settings-bad-min-years", { value: text, min: 0, max: MAX_MIN_YEARS_SINCE_AWARD });
  return Number(text.trim());
}

/**
 * `sapa settings [--json]` prints the region's settings (any token); `sapa settings set --min-years N`
 * changes the minimum years since the last award (region token). A value the server refuses (400) is said
 * plainly with the allowed range and exits 2; nothing is changed then.
 */
export async function settingsCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const [action] = line.positionals;
  if (action !== undefined && action !== "set") throw usageError("settings-subcommand");
  const minYearsText = stringOption(line.options, "min-years");
  if (action === undefined && minYearsText !== undefined) throw usageError("settings-subcommand");
  const minYears = action === "set" ? parseMinYears(minYearsText) : undefined;
  const api: ApiOptions = apiOptions(line, io);
  const client = cliClient(api);
  const json = line.options.json === true;
  if (minYears === undefined) {
    const reply = await orCliError(api.server, client.settings());
    if (json) printJson(io, reply);
    else io.out(formatSettings(reply, lang));
    return EXIT_OK;
  }
  let reply: SettingsReply;
  try {
    reply = await client.putSettings({ minYearsSinceAward: minYears });
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      throw new CliError(
        EXIT_USAGE,
        localized("settings-refused", { min: 0, max: MAX_MIN_YEARS_SINCE_AWARD, message: error.message }),
      );
    }
    throw toCliError(error, api.server);
  }
  if (json) printJson(io, reply);
  else io.out(t("settings-saved", lang, { years: reply.settings.minYearsSinceAward }));
  return EXIT_OK;
}
