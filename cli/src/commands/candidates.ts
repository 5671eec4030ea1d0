import {
  STAGE_CATEGORY_KEYS,
  candidateDistrictsTable,
  candidateOrganizationsTable,
  formatCount,
  type CandidateCounts,
  type Lang,
} from "@sapa/shared";
import { apiOptions, cliClient, orCliError, type ApiOptions } from "../api.ts";
import { parseDistrictOption, parseYearOption, stringOption, type CommandLine } from "../command-line.ts";
import { EXIT_OK } from "../errors.ts";
import type { Io } from "../io.ts";
import { t } from "../messages.ts";
import { heading } from "../output.ts";
import { renderTable } from "../summary-output.ts";
import { printJson } from "../json-output.ts";

/** The counts as text: the rule with the region's setting, by district, by organisation, the undecided. */
export function formatCandidates(counts: CandidateCounts, lang: Lang): string {
  const lines = [
    heading(t("candidates-heading", lang, { year: counts.year })),
    t("candidates-rule", lang, { years: counts.minYearsSinceAward, year: counts.year }),
  ];
  if (counts.total.teachers === 0)
    return [...lines, t("candidates-no-data", lang, { year: counts.year })].join("\n");
  if (counts.stage === null) lines.push(t("candidates-no-stage", lang, { year: counts.year }));
  lines.push("", renderTable(candidateDistrictsTable(counts), lang));
  lines.push("", renderTable(candidateOrganizationsTable(counts), lang));
  const uncertain = STAGE_CATEGORY_KEYS.reduce((n, k) => n + counts.total.categories[k].uncertain, 0);
  if (uncertain > 0) lines.push("", t("candidates-uncertain", lang, { count: formatCount(uncertain, lang) }));
  return lines.join("\n");
}

/**
 * `sapa candidates [--year Y] [--district ID] [--json]`: needed awards, candidates and shortfall per stage
 * category, by district and organisation (a district token: its own district). No names.
 */
export async function candidatesCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const yearText = stringOption(line.options, "year");
  const districtText = stringOption(line.options, "district");
  const query = {
    ...(yearText === undefined ? {} : { year: parseYearOption(yearText) }),
    ...(districtText === undefined ? {} : { district: parseDistrictOption(districtText) }),
  };
  const api: ApiOptions = apiOptions(line, io);
  const counts = await orCliError(api.server, cliClient(api).candidates(query));
  if (line.options.json === true) printJson(io, counts);
  else io.out(formatCandidates(counts, lang));
  return EXIT_OK;
}
