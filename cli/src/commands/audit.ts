import {
  MAX_AUDIT_LIMIT,
  isAcademicYear,
  isDistrictId,
  type AuditEntry,
  type TokenRecord,
} from "@sapa/shared";
import { apiOptions, cliClient, orCliError } from "../api.ts";
import { formatAuditLine } from "../audit-output.ts";
import { stringOption, type CommandLine } from "../command-line.ts";
import { EXIT_OK, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { printJson } from "../json-output.ts";
import { t } from "../messages.ts";
import { heading } from "../output.ts";

/** Entries shown when --limit is not given: a screenful, not the server's 200. */
export const DEFAULT_AUDIT_LIMIT = 50;

/** --limit as written: a whole number in the server's range, checked before any call. */
function parseLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_AUDIT_LIMIT;
  const value = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(value >= 1 && value <= MAX_AUDIT_LIMIT))
    throw usageError("audit-bad-limit", { value: text, max: MAX_AUDIT_LIMIT });
  return value;
}

const hasRevision = (detail: unknown) =>
  typeof detail === "object" &&
  detail !== null &&
  typeof (detail as { revision?: unknown }).revision === "number";

/**
 * The district-years of the submissions whose entries do not name their revision (written before the
 * server kept it in the entry), each once: their revisions are read from the districts' histories.
 */
function submittedDistrictYears(entries: readonly AuditEntry[]) {
  const seen = new Map<string, { district: string; year: string }>();
  for (const e of entries)
    if (e.action === "submission.create" && e.district !== null && e.year !== null && !hasRevision(e.detail))
      seen.set(`${e.district} ${e.year}`, { district: e.district, year: e.year });
  return [...seen.values()];
}

/**
 * `sapa audit [--limit N] [--json]` (region token): the audit trail, newest first, one line per entry in
 * the user's language: when, what, which district and year, who. Who is read from the tokens listed now,
 * and a submission's revision from its entry (from its district's history for an entry written before the
 * server kept it there).
 */
export async function auditCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const limit = parseLimit(stringOption(line.options, "limit"));
  const api = apiOptions(line, io);
  const client = cliClient(api);
  const reply = await orCliError(api.server, client.audit(limit));
  if (line.options.json === true) {
    printJson(io, reply);
    return EXIT_OK;
  }
  const { entries } = reply;
  const [tokens, histories] = await Promise.all([
    orCliError(api.server, client.listTokens()),
    Promise.all(
      submittedDistrictYears(entries).map(({ district, year }) =>
        isDistrictId(district) && isAcademicYear(year)
          ? orCliError(api.server, client.submissions(district, year))
          : { submissions: [] },
      ),
    ),
  ]);
  const ctx = {
    tokens: new Map<string, TokenRecord>(tokens.tokens.map((token) => [token.id, token])),
    revisions: new Map(histories.flatMap((h) => h.submissions.map((s) => [s.id, s.revision] as const))),
  };
  const lines = [heading(t("audit-heading", lang))];
  if (entries.length === 0) lines.push(t("audit-empty", lang));
  lines.push(...entries.map((entry) => formatAuditLine(entry, ctx, lang)));
  if (entries.length === limit) lines.push("", t("audit-more", lang, { limit, max: MAX_AUDIT_LIMIT }));
  io.out(lines.join("\n"));
  return EXIT_OK;
}
