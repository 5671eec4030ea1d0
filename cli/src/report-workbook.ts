/**
 * The consolidated report as Sapa's workbook file (`sapa report --out`, `npm run demo`): the sheets
 * @sapa/shared describes for every host, written by the shared file writer — the same names, colours and
 * number formats the pane writes into Excel.
 */
import { writeFile } from "node:fs/promises";
import type { PulledReport } from "@sapa/client";
import { writeWorkbook } from "@sapa/client/files";
import { reportWorkbook, targetsOfComparison, type Lang, type SheetDescription } from "@sapa/shared";
import { cliClient, orCliError, type ApiOptions } from "./api.ts";
import { fetchGroupReports } from "./commands/group.ts";

/** Writes sheet descriptions to an .xlsx file. */
export async function writeSheetsFile(file: string, sheets: readonly SheetDescription[]): Promise<void> {
  await writeFile(file, await writeWorkbook(sheets));
}

/**
 * The report's sheets: its figures and lists as pulled, with the region's groups, the trend and the
 * candidates' counts of the same year read from the server (region token).
 */
export async function reportSheets(
  api: ApiOptions,
  pulled: PulledReport,
  lang: Lang,
): Promise<SheetDescription[]> {
  const { figures } = pulled;
  const client = cliClient(api);
  const [groups, trend, candidates] = await Promise.all([
    fetchGroupReports(api, figures.year),
    orCliError(api.server, client.trend()),
    orCliError(api.server, client.candidates({ year: figures.year })),
  ]);
  return reportWorkbook(
    {
      figures,
      organizations: pulled.organizations,
      attestation: pulled.attestation,
      // The server's targets for the year, as the report's figures were compared with them.
      targets: targetsOfComparison(figures.region.stage),
      groups,
      trend,
      candidates,
    },
    lang,
  );
}
