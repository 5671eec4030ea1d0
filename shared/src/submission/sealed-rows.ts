import type { EncryptedSubmissionRow } from "../crypto/schemas.ts";
import { memoise } from "../roster/cells.ts";
import { organizationKey } from "../roster/organization.ts";
import type { TeacherRow } from "../types.ts";

/**
 * What stands for a sealed name when the server re-validates a sealed submission: present (the name is
 * required and was checked by the district before sealing), distinct per row (the name-duplicate check
 * is the district's: only it and the region can read names), and free of digits a name check could take
 * for an ИИН.
 */
export const SEALED_NAME = "\u2022sealed\u2022";

/**
 * Teacher rows rebuilt from a sealed submission's clear part, so the server measures exactly as before:
 * no name (a per-row placeholder), no ИИН, and the per-submission `iinTag` as the ИИН key — equal tags are
 * equal ИИН keys within the submission, so the server's duplicate-ИИН check still works.
 *
 * Runs on every row of every submission: the fields are copied by name (a rest pattern copies them ten
 * times slower), and an organisation's key is computed once (a roster names a few hundred organisations).
 */
export function fromEncryptedSubmissionRows(rows: readonly EncryptedSubmissionRow[]): TeacherRow[] {
  return rows.map((r) => ({
    row: r.row,
    organization: r.organization,
    education: r.education,
    category: r.category,
    position: r.position,
    categoryDate: r.categoryDate,
    categoryDateYearOnly: r.categoryDateYearOnly,
    experienceYears: r.experienceYears,
    lastCourseDate: r.lastCourseDate,
    mentor: r.mentor,
    internship: r.internship,
    eventParticipation: r.eventParticipation,
    fullName: sealedNameOf(r.row),
    iinKey: r.iinTag,
    organizationKey: orgKey(r.organization),
    iin: null,
    unreadable: [],
  }));
}

const orgKey = memoise(organizationKey, 65536);

/** The placeholder of a sealed row's name: SEALED_NAME and the row number spelled in letters (a → 0 … j → 9). */
export function sealedNameOf(row: number): string {
  // Runs once per row of every submission the server measures: a character loop, not a replace callback per digit.
  const digits = String(row);
  let mark = "";
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    mark += c >= 48 && c <= 57 ? String.fromCharCode(c + 49) : digits[i];
  }
  return SEALED_NAME + mark;
}

/** The row number a sealed placeholder stands for, or null when `name` is a name (one the region opened). */
export function sealedRowOf(name: string): number | null {
  if (!name.startsWith(SEALED_NAME)) return null;
  const mark = name.slice(SEALED_NAME.length);
  if (!/^[a-j]+$/.test(mark)) return null;
  return Number(mark.replace(/[a-j]/g, (c) => String(c.charCodeAt(0) - 97)));
}

/** Whether a list entry's name is still sealed (shown as "encrypted"). */
export function isSealedName(name: string): boolean {
  return sealedRowOf(name) !== null;
}
