import type { RosterRead } from "../roster/roster.ts";
import { SubmissionSchema, type Submission } from "../api/schemas.ts";
import { toSubmissionRows } from "./submission-rows.ts";
import type { AcademicYear, DistrictId, IsoDate, Problem } from "../types.ts";

/** Where a submission comes from (`source` of the request body). */
export interface SubmissionOrigin {
  app: "addin" | "cli";
  file?: string;
  sheet?: string;
  version?: string;
}

/** A value the core accepted but the wire refuses (e.g. an ИИН typed into a name), with its sheet row. */
export interface SubmissionIssue {
  /** The sheet's 1-based row, when the issue is in a row. */
  row: number | null;
  /** The field of that row, when known. */
  field: string | null;
  message: string;
}

/** What became of a checked roster: the request body, or why nothing may be sent. */
export type PreparedSubmission =
  | { kind: "ready"; submission: Submission }
  | { kind: "no-roster" }
  | { kind: "refused"; errors: Problem[] }
  | { kind: "invalid"; issues: SubmissionIssue[] };

/** Issues listed at most, so a sheet with a bad column does not flood the message. */
const MAX_ISSUES = 20;

/**
 * The one submission pipeline of the add-in and the CLI: a checked roster (readRoster's result) is refused
 * when no roster was found or any error remains; otherwise its rows leave the ИИН behind (pseudonymous key
 * only) and the body is checked against the request schema the server applies.
 */
export async function prepareSubmission(
  roster: Pick<RosterRead, "layout" | "teachers" | "problems" | "present">,
  meta: { district: DistrictId; year: AcademicYear; asOf: IsoDate; source: SubmissionOrigin },
): Promise<PreparedSubmission> {
  if (!roster.layout) return { kind: "no-roster" };
  const errors = roster.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) return { kind: "refused", errors };
  const body: Submission = {
    district: meta.district,
    year: meta.year,
    asOf: meta.asOf,
    columns: roster.present,
    rows: await toSubmissionRows(roster.teachers),
    source: trimmedOrigin(meta.source),
  };
  const parsed = SubmissionSchema.safeParse(body);
  if (parsed.success) return { kind: "ready", submission: parsed.data };
  const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue): SubmissionIssue => {
    const [top, index, field] = issue.path;
    const inRow = top === "rows" && typeof index === "number";
    return {
      row: inRow ? (body.rows[index]?.row ?? null) : null,
      field: inRow && field !== undefined ? String(field) : null,
      message: issue.message,
    };
  });
  return { kind: "invalid", issues };
}

/** The origin cut to the lengths the schema allows: a long file name must not refuse a good roster. */
function trimmedOrigin(origin: SubmissionOrigin): SubmissionOrigin {
  return {
    app: origin.app,
    ...(origin.file !== undefined ? { file: origin.file.slice(0, 260) } : {}),
    ...(origin.sheet !== undefined ? { sheet: origin.sheet.slice(0, 100) } : {}),
    ...(origin.version !== undefined ? { version: origin.version.slice(0, 40) } : {}),
  };
}
