import { organizationKey } from "../src/roster/organization.ts";
import type { TeacherRow } from "../src/types.ts";

/**
 * A teacher row for tests: a pedagogue with higher education at "№1 «Балапан» балабақшасы", nothing else
 * known; `over` sets the rest. The organisation's key is the core's key of the organisation unless given.
 */
export function teacherRow(over: Partial<TeacherRow> = {}): TeacherRow {
  const organization = over.organization ?? "№1 «Балапан» балабақшасы";
  return {
    row: 2,
    fullName: "Педагог",
    organization,
    organizationKey: organizationKey(organization),
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
    ...over,
  };
}
