import type { TeacherRow } from "@sapa/shared";

/** A teacher row of the Айгөлек kindergarten for unit tests: a pedagogue with higher education, nothing else known. */
export function teacherRow(i: number, overrides: Partial<TeacherRow> = {}): TeacherRow {
  return {
    row: i + 2,
    fullName: `Педагог ${i}`,
    organization: "Айгөлек",
    organizationKey: "айгөлек",
    education: "higher",
    category: "pedagog",
    iin: null,
    iinKey: null,
    position: null,
    categoryDate: null,
    categoryDateYearOnly: false,
    experienceYears: null,
    lastCourseDate: null,
    mentor: null,
    internship: null,
    eventParticipation: null,
    unreadable: [],
    ...overrides,
  };
}
