import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  CryptoError,
  academicYearToday,
  crossDistrictDuplicates,
  crossDistrictDuplicatesTable,
  duplicateReadingTable,
  findDistrict,
  openStoredRows,
  tableCsv,
  type AcademicYear,
  type CrossDistrictDuplicates,
  type DistrictId,
  type DistrictRows,
  type Lang,
  type UnlockedRegionKey,
} from "@sapa/shared";
import { apiOptions, cliClient, toCliError, type ApiOptions } from "../api.ts";
import { parseYearOption, stringOption, type CommandLine } from "../command-line.ts";
import { CliError, EXIT_OK, EXIT_USAGE, assertWritable, fileWriteError, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { countIn, localized, t } from "../messages.ts";
import { heading } from "../output.ts";
import { fetchStoredRevision, unlockRegionKeyFile } from "../region-key-file.ts";
import { renderTable } from "../summary-output.ts";
import { printJson } from "../json-output.ts";

/** The result as text: the people (or "no one"), how each district was read, and what was not compared. */
export function formatDuplicates(result: CrossDistrictDuplicates, year: AcademicYear, lang: Lang): string {
  const lines = [heading(t("duplicates-heading", lang, { year }))];
  if (result.districts.length === 0) return [...lines, t("duplicates-no-data", lang, { year })].join("\n");
  if (result.people.length === 0) lines.push(t("duplicates-none", lang));
  else {
    lines.push(t("duplicates-found", lang, { people: countIn(result.people.length) }), "");
    lines.push(renderTable(crossDistrictDuplicatesTable(result), lang));
  }
  lines.push("", renderTable(duplicateReadingTable(result), lang));
  const notes = [
    ...(result.withoutIinKey > 0
      ? [t("duplicates-without-iin", lang, { count: countIn(result.withoutIinKey) })]
      : []),
    ...(result.tampered > 0 ? [t("duplicates-not-opened", lang, { count: countIn(result.tampered) })] : []),
  ];
  if (notes.length > 0) lines.push("", ...notes);
  return lines.join("\n");
}

/** Rows sealed to another key: which district, which key; exit 2. Other crypto failures: their message. */
function openFailure(error: unknown, district: DistrictId): never {
  if (!(error instanceof CryptoError)) throw error;
  if (error.code !== "wrong-key") throw new CliError(EXIT_USAGE, error.messages);
  const names = findDistrict(district)?.name ?? { kk: district, ru: district, en: district };
  const keyId = String(error.details?.expectedKeyId ?? "?");
  const text = (l: Lang) => localized("duplicates-wrong-key", { district: names[l], keyId })[l];
  throw new CliError(EXIT_USAGE, { kk: text("kk"), ru: text("ru"), en: text("en") });
}

/**
 * Each district's newest revision of the year with its rows opened: the districts that submitted come
 * from the report (region only), each revision's rows from GET /api/submissions/:id?rows=1.
 */
async function readDistricts(
  api: ApiOptions,
  year: AcademicYear,
  key: UnlockedRegionKey,
  progress: (district: DistrictId, done: number, total: number) => void,
): Promise<DistrictRows[]> {
  const client = cliClient(api);
  let submitted: DistrictId[];
  try {
    submitted = (await client.report(year)).districts.map((d) => d.district);
  } catch (error) {
    throw toCliError(error, api.server);
  }
  const read: DistrictRows[] = [];
  for (const [i, district] of submitted.entries()) {
    progress(district, i + 1, submitted.length);
    const stored = await fetchStoredRevision(api, client, district, year, "newest");
    if (stored === null) continue;
    const rows = await openStoredRows(key, stored).catch((error: unknown) => openFailure(error, district));
    read.push({ district, revision: stored.revision, rows });
  }
  return read;
}

/**
 * `sapa duplicates --key FILE [--year Y] [--csv FILE] [--json]` (region): every teacher whose ИИН key is in
 * the newest lists of two or more districts, with each district, organisation, name, category and row.
 * The key is opened before anything is read, and files are written only once everything was read.
 */
export async function duplicatesCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const yearText = stringOption(line.options, "year");
  const year = yearText === undefined ? academicYearToday() : parseYearOption(yearText);
  const csv = stringOption(line.options, "csv");
  if (csv !== undefined && !csv.toLowerCase().endsWith(".csv"))
    throw usageError("duplicates-not-csv", { file: csv });
  const keyFile = stringOption(line.options, "key");
  if (keyFile === undefined) throw usageError("duplicates-key-missing");
  if (csv !== undefined) await assertWritable(resolve(io.cwd, csv));
  const api: ApiOptions = apiOptions(line, io);
  const key = await unlockRegionKeyFile(keyFile, io, lang);
  const districts = await readDistricts(api, year, key, (district, done, total) =>
    io.err(
      t("duplicates-reading", lang, {
        district: findDistrict(district)?.name[lang] ?? district,
        done,
        total,
      }),
    ),
  );
  const result = crossDistrictDuplicates(districts);

  if (csv !== undefined) {
    const path = resolve(io.cwd, csv);
    try {
      await writeFile(path, tableCsv(crossDistrictDuplicatesTable(result), lang));
    } catch (error) {
      throw fileWriteError(path, error);
    }
  }
  // The JSON names people, never their ИИН keys: a key file on someone's disk should not carry them.
  const people = result.people.map((p) => ({ occurrences: p.occurrences }));
  if (line.options.json === true) printJson(io, { year, ...result, people });
  else io.out(formatDuplicates(result, year, lang));
  if (csv !== undefined) io.err(t("duplicates-written", lang, { file: csv }));
  return EXIT_OK;
}
