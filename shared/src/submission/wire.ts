/**
 * A sealed submission as it travels (POST /api/submissions) and as the server keeps its body: each row an
 * array of its values in SEALED_ROW_FIELDS order instead of an object repeating the fourteen field names.
 * The names were about 190 of a row's 650 bytes; every byte is inflated, decoded and parsed on the server,
 * whose CPU per request is what Cloudflare's Free plan limits (issue 21). The body names its field order
 * (`rowFields`), so a stored body says how to read it back, and a client built with another order is refused
 * by the schema instead of being misread. In memory, on both ends, a submission stays EncryptedSubmission.
 */
import { z } from "zod";
import { MAX_SUBMISSION_ROWS } from "../api/schemas.ts";
import {
  EncryptedSubmissionRowSchema,
  EncryptedSubmissionSchema,
  type EncryptedSubmission,
  type EncryptedSubmissionRow,
} from "../crypto/schemas.ts";
import { SEALED_ROW_KEPT_FIELDS } from "../crypto/row-seal.ts";

/**
 * The order of a sealed row's values on the wire: the fields it keeps in clear (in the order they are bound
 * to its seal), then its sealed identity and its duplicate tag.
 */
export const SEALED_ROW_FIELDS = [
  ...SEALED_ROW_KEPT_FIELDS,
  "identity",
  "iinTag",
] as const satisfies readonly (keyof EncryptedSubmissionRow)[];

const shape = EncryptedSubmissionRowSchema.shape;

/** One sealed row on the wire, each value checked by the row schema's own field. */
export const SealedRowValuesSchema = z.tuple([
  shape.row,
  shape.organization,
  shape.education,
  shape.category,
  shape.position,
  shape.categoryDate,
  shape.categoryDateYearOnly,
  shape.experienceYears,
  shape.lastCourseDate,
  shape.mentor,
  shape.internship,
  shape.eventParticipation,
  shape.identity,
  shape.iinTag,
]);
/** One sealed row on the wire: its values in SEALED_ROW_FIELDS order. */
export type SealedRowValues = z.infer<typeof SealedRowValuesSchema>;

/** The body of POST /api/submissions: the sealed submission's header, its field order and its rows. */
export const WireSubmissionSchema = EncryptedSubmissionSchema.omit({ rows: true }).extend({
  rowFields: z.tuple([
    z.literal("row"),
    z.literal("organization"),
    z.literal("education"),
    z.literal("category"),
    z.literal("position"),
    z.literal("categoryDate"),
    z.literal("categoryDateYearOnly"),
    z.literal("experienceYears"),
    z.literal("lastCourseDate"),
    z.literal("mentor"),
    z.literal("internship"),
    z.literal("eventParticipation"),
    z.literal("identity"),
    z.literal("iinTag"),
  ]),
  rows: z.array(SealedRowValuesSchema).max(MAX_SUBMISSION_ROWS),
});
export type WireSubmission = z.infer<typeof WireSubmissionSchema>;

/** A sealed row's values in SEALED_ROW_FIELDS order. */
export function rowValues(row: EncryptedSubmissionRow): SealedRowValues {
  return [
    row.row,
    row.organization,
    row.education,
    row.category,
    row.position,
    row.categoryDate,
    row.categoryDateYearOnly,
    row.experienceYears,
    row.lastCourseDate,
    row.mentor,
    row.internship,
    row.eventParticipation,
    row.identity,
    row.iinTag,
  ];
}

/** The sealed row whose values these are (SEALED_ROW_FIELDS order). */
export function rowOfValues(values: SealedRowValues): EncryptedSubmissionRow {
  return {
    row: values[0],
    organization: values[1],
    education: values[2],
    category: values[3],
    position: values[4],
    categoryDate: values[5],
    categoryDateYearOnly: values[6],
    experienceYears: values[7],
    lastCourseDate: values[8],
    mentor: values[9],
    internship: values[10],
    eventParticipation: values[11],
    identity: values[12],
    iinTag: values[13],
  };
}

/**
 * How to read back the rows of a body kept in the wire form of any release: by the field order the body
 * names (`rowFields`), not today's, so a release that adds, drops or moves a field still reads every body
 * stored before it. A field of today's rows the body lacks is null; a field it has that today's rows lack
 * stays under its name (nothing accepted is dropped). Values are not checked again: they were when the body
 * was accepted.
 */
export function storedRowReader(
  rowFields: readonly string[],
): (values: readonly unknown[]) => Record<string, unknown> {
  const missing = SEALED_ROW_FIELDS.filter((field) => !rowFields.includes(field));
  return (values) => {
    const row: Record<string, unknown> = {};
    for (const [at, field] of rowFields.entries()) row[field] = at < values.length ? values[at] : null;
    for (const field of missing) row[field] = null;
    return row;
  };
}

/** A sealed submission as it is sent: the same header, rows as values in SEALED_ROW_FIELDS order. */
export function toWire(submission: EncryptedSubmission): WireSubmission {
  const { rows, ...header } = submission;
  return { ...header, rowFields: [...SEALED_ROW_FIELDS], rows: rows.map(rowValues) };
}

/** The sealed submission a (validated) wire body holds. */
export function fromWire(wire: WireSubmission): EncryptedSubmission {
  const { rows, rowFields: _order, ...header } = wire;
  return { ...header, rows: rows.map(rowOfValues) };
}

/**
 * The name of the field at a wire issue's path (`rows.3.12` → `rows.3.identity`): the server's 400 names the
 * field, not its position.
 */
export function namedWirePath(path: readonly PropertyKey[]): PropertyKey[] {
  if (path[0] !== "rows" || typeof path[1] !== "number" || typeof path[2] !== "number") return [...path];
  return [path[0], path[1], SEALED_ROW_FIELDS[path[2]] ?? path[2], ...path.slice(3)];
}
