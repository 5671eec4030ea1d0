import { TokenCreateSchema, findDistrict, type IssuedToken, type Lang, type TokenCreate } from "@sapa/shared";
import { ApiError } from "@sapa/client";
import { apiOptions, cliClient, orCliError, toCliError, type ApiOptions } from "../api.ts";
import { parseDistrictOption, stringOption, type CommandLine } from "../command-line.ts";
import { CliError, EXIT_OK, EXIT_REJECTED, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { localized, t } from "../messages.ts";
import { printJson } from "../json-output.ts";

/** A new token as its holder reads it, once: who it is for, its label and the token itself. */
export function formatCreatedToken(record: IssuedToken, lang: Lang): string {
  const holder = record.district
    ? (findDistrict(record.district)?.name[lang] ?? record.district)
    : t("token-holder-region", lang);
  return [
    t("token-created", lang),
    `  ${t("token-id", lang)}: ${record.id}`,
    `  ${t("token-holder", lang)}: ${holder}`,
    ...(record.label ? [`  ${t("token-label", lang)}: ${record.label}`] : []),
    `  ${t("token-value", lang)}: ${record.token}`,
  ].join("\n");
}

/** A secret shown by its start only (it may be a real access key typed in the wrong place). */
function abbreviated(value: string): string {
  return value.length > 8 ? `${value.slice(0, 5)}…` : value;
}

/** `sapa token create --district ID | --region [--label L]` and `sapa token revoke ID` (region token). */
export async function tokenCommand(line: CommandLine, io: Io): Promise<number> {
  const [action, id] = line.positionals;
  const lang = line.lang;
  const api: ApiOptions = apiOptions(line, io);

  if (action === "create") {
    if (id !== undefined) throw usageError("too-many-args", { arg: id, command: "token" });
    const districtText = stringOption(line.options, "district");
    const region = line.options.region === true;
    if (region === (districtText !== undefined)) throw usageError("token-role");
    const label = stringOption(line.options, "label");
    const body: TokenCreate = region
      ? { role: "region", ...(label ? { label } : {}) }
      : { role: "district", district: parseDistrictOption(districtText), ...(label ? { label } : {}) };
    // The schema's only rule left to break is the label's: its length, or an ИИН in it.
    const checked = TokenCreateSchema.safeParse(body);
    if (!checked.success) {
      const tooLong = checked.error.issues.find((issue) => issue.code === "too_big");
      throw tooLong
        ? usageError("token-label-too-long", { max: Number(tooLong.maximum) })
        : usageError("token-label-refused");
    }
    const record = await orCliError(api.server, cliClient(api).createToken(body));
    if (line.options.json === true) {
      printJson(io, record);
      return EXIT_OK;
    }
    io.out(formatCreatedToken(record, lang));
    return EXIT_OK;
  }

  if (action === "revoke") {
    if (id === undefined) throw usageError("missing-token-id");
    // The secret itself (sapa_…) in place of its ID (tok_…): said before it travels anywhere.
    if (id.startsWith("sapa_")) throw usageError("token-id-not-key", { value: abbreviated(id) });
    const record = await cliClient(api)
      .revokeToken(id)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404)
          throw new CliError(EXIT_REJECTED, localized("token-id-unknown", { id }));
        throw toCliError(error, api.server);
      });
    if (line.options.json === true) printJson(io, record);
    else io.out(t("token-revoked", lang, { id: record.id }));
    return EXIT_OK;
  }

  throw usageError("token-subcommand");
}
