import { TokenCreateSchema, findDistrict, type TokenCreate } from "@sapa/shared";
import { apiOptions, cliClient, orCliError, type ApiOptions } from "../api.ts";
import { parseDistrictOption, stringOption, type CommandLine } from "../command-line.ts";
import { EXIT_OK, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { t } from "../messages.ts";
import { printJson } from "../json-output.ts";

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
    TokenCreateSchema.parse(body);
    const record = await orCliError(api.server, cliClient(api).createToken(body));
    if (line.options.json === true) {
      printJson(io, record);
      return EXIT_OK;
    }
    const who = record.district
      ? (findDistrict(record.district)?.name[lang] ?? record.district)
      : record.role;
    io.out(
      [
        t("token-created", lang),
        `  id:     ${record.id}`,
        `  role:   ${record.role}${record.district ? ` (${who})` : ""}`,
        ...(record.label ? [`  label:  ${record.label}`] : []),
        `  token:  ${record.token}`,
      ].join("\n"),
    );
    return EXIT_OK;
  }

  if (action === "revoke") {
    if (id === undefined) throw usageError("missing-token-id");
    const record = await orCliError(api.server, cliClient(api).revokeToken(id));
    if (line.options.json === true) printJson(io, record);
    else io.out(t("token-revoked", lang, { id: record.id }));
    return EXIT_OK;
  }

  throw usageError("token-subcommand");
}
