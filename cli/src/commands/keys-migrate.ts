import {
  SubmissionRowSchema,
  createRowSealer,
  findDistrict,
  fingerprintOf,
  type ClearRevision,
  type Lang,
} from "@sapa/shared";
import { ApiError } from "@sapa/client";
import { cliClient, orCliError, toCliError, type ApiOptions } from "../api.ts";
import { parseDistrictOption, parseYearOption, stringOption, type CommandLine } from "../args.ts";
import { EXIT_OK, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { t } from "../messages.ts";
import { keyFilePublicKey } from "../region-key-file.ts";

const ClearRowsSchema = SubmissionRowSchema.array();

function districtName(id: ClearRevision["district"], lang: Lang): string {
  return findDistrict(id)?.name[lang] ?? id;
}

/**
 * `sapa keys migrate [--year Y] [--district ID] [--dry-run] [--key FILE]` (region token): every revision
 * stored in clear before sealing is read back, its rows sealed to the region's current key with the shared
 * sealer, and sent to replace the clear rows (the server refuses any other change, so the figures stay as
 * they were). `--dry-run` lists them only; `--key` first checks the server's key is the one in the file.
 */
export async function keysMigrateCommand(line: CommandLine, io: Io, api: ApiOptions): Promise<number> {
  const lang = line.lang;
  const year = stringOption(line.options, "year");
  const district = stringOption(line.options, "district");
  const filter = {
    ...(year === undefined ? {} : { year: parseYearOption(year) }),
    ...(district === undefined ? {} : { district: parseDistrictOption(district) }),
  };
  const client = cliClient(api);
  const { revisions } = await orCliError(api.server, client.clearRevisions(filter));
  if (revisions.length === 0) {
    io.out(t("migrate-none", lang));
    return EXIT_OK;
  }
  const line_ = (r: ClearRevision) => ({
    district: districtName(r.district, lang),
    year: r.year,
    revision: r.revision,
    rows: r.rowCount,
    receivedAt: r.receivedAt.slice(0, 16).replace("T", " "),
  });
  if (line.options["dry-run"] === true) {
    const rows = revisions.reduce((n, r) => n + r.rowCount, 0);
    io.out(t("migrate-plan", lang, { count: revisions.length, rows }));
    for (const r of revisions) io.out(t("migrate-line", lang, line_(r)));
    return EXIT_OK;
  }

  const key = await orCliError(api.server, client.currentKey());
  const keyFile = stringOption(line.options, "key");
  if (keyFile !== undefined) {
    const own = await keyFilePublicKey(keyFile, io.cwd);
    if (own.keyId !== key.keyId)
      throw usageError("migrate-key-mismatch", { serverKeyId: key.keyId, fileKeyId: own.keyId });
  }
  const f = await fingerprintOf(key.publicKey);
  io.out(t("migrate-sealing-to", lang, { keyId: f.keyId, hex: f.hex, digits: f.digits }));

  let count = 0;
  let rows = 0;
  let skipped = 0;
  for (const r of revisions) {
    const stored = await orCliError(api.server, client.storedRows(r.id));
    if (stored.encryption !== null) {
      skipped++;
      continue;
    }
    const clear = ClearRowsSchema.parse(stored.rows);
    const sealer = await createRowSealer(key, {
      district: stored.district,
      year: stored.year,
      asOf: stored.asOf,
    });
    const sealed = [];
    for (const row of clear) sealed.push(await sealer.seal(row));
    const at = { district: r.district, year: r.year, revision: r.revision };
    try {
      await client.reseal(at, { encryption: sealer.header, rows: sealed });
    } catch (error) {
      // Sealed by another run meanwhile: nothing left to do for this one.
      if (error instanceof ApiError && error.code === "already-sealed") {
        skipped++;
        continue;
      }
      throw toCliError(error, api.server);
    }
    count++;
    rows += sealed.length;
    io.out(t("migrate-resealed", lang, line_(r)));
  }
  io.out(t("migrate-done", lang, { count, rows, skipped }));
  return EXIT_OK;
}
