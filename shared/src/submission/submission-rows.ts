import { pseudonymiseIin } from "../roster/iin.ts";
import { organizationKey } from "../roster/organization.ts";
import { MENTOR_MARK } from "../roster/roster.ts";
import type { SubmissionRow } from "../api/schemas.ts";
import type { TeacherRow } from "../types.ts";

/**
 * The rows a submission carries: the ИИН is replaced by its pseudonymous key (pseudonymiseIin), a mentor's
 * name by MENTOR_MARK (the rules and the figures ask only whether a young specialist has a mentor, so the
 * name of a person who is not the teacher never leaves the district), and the list of unreadable cells
 * stays on the client (the server re-validates what it receives).
 */
export async function toSubmissionRows(teachers: readonly TeacherRow[]): Promise<SubmissionRow[]> {
  return Promise.all(
    teachers.map(async (t) => ({
      row: t.row,
      fullName: t.fullName,
      organization: t.organization,
      education: t.education,
      category: t.category,
      iinKey: t.iin !== null ? await pseudonymiseIin(t.iin) : t.iinKey,
      position: t.position,
      categoryDate: t.categoryDate,
      categoryDateYearOnly: t.categoryDateYearOnly,
      experienceYears: t.experienceYears,
      lastCourseDate: t.lastCourseDate,
      mentor: t.mentor === null ? null : MENTOR_MARK,
      internship: t.internship,
      eventParticipation: t.eventParticipation,
    })),
  );
}

/** Teacher rows rebuilt from a submission: no ИИН, the organisation key recomputed, nothing unreadable. */
export function fromSubmissionRows(rows: readonly SubmissionRow[]): TeacherRow[] {
  return rows.map((r) => ({
    ...r,
    organizationKey: organizationKey(r.organization),
    iin: null,
    unreadable: [],
  }));
}
