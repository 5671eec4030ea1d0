/**
 * Groups of organisations (issue 8 §5): named sets the regional centre defines by district and organisation
 * name — the four competence centres, the 15 "magnet" kindergartens. Data, not code: the worker keeps them.
 * A member matches an organisation of the data by district and the shared organisation key; the group's
 * figures are the shared merge of its organisations' figures.
 */
import { z } from "zod";
import { academicYearBounds } from "../plan/academic-year.ts";
import { foldText } from "../roster/cells.ts";
import { mergeSummaries } from "../figures/merge.ts";
import { organizationKey } from "../roster/organization.ts";
import {
  AcademicYearSchema,
  DistrictIdSchema,
  OrganizationSummarySchema,
  SummarySchema,
  freeText,
} from "../api/schemas.ts";
import { organizationId, summarise } from "../figures/summary.ts";
import type {
  AcademicYear,
  DistrictId,
  OrganizationSummary,
  StageTargets,
  Summary,
  SummaryFigures,
} from "../types.ts";

/** Longest group name (it travels in the URL path). */
export const MAX_GROUP_NAME_LENGTH = 100;
/** Most members one group may list (the region has 635 organisations). */
export const MAX_GROUP_MEMBERS = 2000;

/** One member of a group: an organisation named inside its district. */
export interface GroupMember {
  district: DistrictId;
  organization: string;
}

/** A group as the worker stores it. */
export interface Group {
  name: string;
  members: GroupMember[];
  /** ISO timestamp of the last change. */
  updatedAt: string;
}

/** What a group's figures hold: the stock by category, the qualitative composition and the awards against the stage. */
export type GroupFigures = Pick<
  SummaryFigures,
  | "year"
  | "teachers"
  | "organizations"
  | "byCategory"
  | "byEducation"
  | "categoryShares"
  | "qualitativeShare"
  | "awardedInYear"
  | "stage"
>;

/** A group's report for an academic year: its figures, the organisations they come from, the members found in no data. */
export interface GroupReport {
  name: string;
  year: AcademicYear;
  figures: GroupFigures;
  organizations: OrganizationSummary[];
  unmatched: GroupMember[];
}

/** The identity of a group: its name folded (case, Kazakh letters, spaces), so "Магнит" and "магнит " are one group. */
export function groupKey(name: string): string {
  return foldText(name);
}

/** Members by their identity (district and organisation key): the first spelling of a repeated member is kept. */
export function uniqueMembers(members: readonly GroupMember[]): GroupMember[] {
  const seen = new Set<string>();
  const unique: GroupMember[] = [];
  for (const m of members) {
    const id = organizationId(m.district, organizationKey(m.organization));
    if (seen.has(id)) continue;
    seen.add(id);
    unique.push(m);
  }
  return unique;
}

/**
 * The organisations of the data that a group's members name (district and organisation key, the way the
 * shared core identifies an organisation), in the data's order, and the members that name none.
 */
export function matchGroupMembers(
  members: readonly GroupMember[],
  organizations: readonly OrganizationSummary[],
): { matched: OrganizationSummary[]; unmatched: GroupMember[] } {
  const wanted = new Set(members.map((m) => organizationId(m.district, organizationKey(m.organization))));
  const found = new Set<string>();
  const matched: OrganizationSummary[] = [];
  for (const o of organizations) {
    const id = organizationId(o.district, o.key);
    if (!wanted.has(id)) continue;
    found.add(id);
    matched.push(o);
  }
  const unmatched = uniqueMembers(members).filter(
    (m) => !found.has(organizationId(m.district, organizationKey(m.organization))),
  );
  return { matched, unmatched };
}

/** One organisation's figures as a Summary part the shared merge adds up (it carries no indicator columns). */
function organizationPart(o: OrganizationSummary, year: AcademicYear): Summary {
  // The report date does not enter the figures a group shows; the year's first day stands in for it.
  const empty = summarise([], { asOf: academicYearBounds(year).start, year, present: [] });
  return {
    ...empty,
    teachers: o.teachers,
    byCategory: o.byCategory,
    byEducation: o.byEducation,
    awardedInYear: o.awardedInYear,
    byOrganization: [o],
  };
}

/**
 * A group's figures from its organisations: the shared merge adds their counts and recomputes the shares,
 * the qualitative composition and the stage comparison of `year` with `targets` (the plan's by default).
 */
export function groupFigures(
  organizations: readonly OrganizationSummary[],
  year: AcademicYear,
  targets?: readonly StageTargets[],
): GroupFigures {
  const merged = mergeSummaries(
    organizations.map((o) => organizationPart(o, year)),
    { year, asOf: academicYearBounds(year).start, ...(targets ? { targets } : {}) },
  );
  return {
    year,
    teachers: merged.teachers,
    organizations: merged.organizations,
    byCategory: merged.byCategory,
    byEducation: merged.byEducation,
    categoryShares: merged.categoryShares,
    qualitativeShare: merged.qualitativeShare,
    awardedInYear: merged.awardedInYear,
    stage: merged.stage,
  };
}

/** A group's report for `year` from the organisations of that year's data. */
export function groupReport(
  group: Pick<Group, "name" | "members">,
  year: AcademicYear,
  organizations: readonly OrganizationSummary[],
  targets?: readonly StageTargets[],
): GroupReport {
  const { matched, unmatched } = matchGroupMembers(group.members, organizations);
  return {
    name: group.name,
    year,
    figures: groupFigures(matched, year, targets),
    organizations: matched,
    unmatched,
  };
}

// Wire schemas of /api/groups.

// eslint-disable-next-line no-control-regex
const NOT_IN_GROUP_NAME = /[/\\\u0000-\u001f\u007f]/;

/** A group name: trimmed, 1 to 100 characters, no slash (it is a path segment) and no control characters. */
export const GroupNameSchema = freeText(MAX_GROUP_NAME_LENGTH)
  .pipe(z.string().min(1, "a group needs a name"))
  .refine((s) => !NOT_IN_GROUP_NAME.test(s), "a group name may not hold a slash or control characters");

export const GroupMemberSchema = z.strictObject({
  district: DistrictIdSchema,
  organization: freeText().pipe(z.string().min(1, "name the organisation")),
});

/** PUT /api/groups/:name body: the whole member list (it replaces the previous one). */
export const GroupPutRequestSchema = z.strictObject({
  members: z.array(GroupMemberSchema).min(1).max(MAX_GROUP_MEMBERS),
});
export type GroupPutRequest = z.infer<typeof GroupPutRequestSchema>;

/** Query of the group endpoints that read data: the academic year (today's in Aktobe by default). */
export const GroupYearQuerySchema = z.strictObject({
  year: AcademicYearSchema.optional(),
  lang: z.string().optional(),
});

export const GroupSchema = z.strictObject({
  name: z.string().min(1),
  members: z.array(GroupMemberSchema),
  updatedAt: z.string().min(1),
});

/** DELETE /api/groups/:name reply. */
export const GroupDeletedSchema = z.strictObject({ deleted: z.string().min(1) });

/** GET /api/groups. */
export const GroupListSchema = z.strictObject({ groups: z.array(GroupSchema) });

/** PUT /api/groups/:name reply: the stored group and the members that match no organisation of `year`'s data. */
export const GroupSavedSchema = z.strictObject({
  group: GroupSchema,
  year: AcademicYearSchema,
  unmatched: z.array(GroupMemberSchema),
});

export const GroupFiguresSchema = SummarySchema.pick({
  year: true,
  teachers: true,
  organizations: true,
  byCategory: true,
  byEducation: true,
  categoryShares: true,
  qualitativeShare: true,
  awardedInYear: true,
  stage: true,
});

/** GET /api/groups/:name/report. */
export const GroupReportSchema = z.strictObject({
  name: z.string().min(1),
  year: AcademicYearSchema,
  figures: GroupFiguresSchema,
  organizations: z.array(OrganizationSummarySchema),
  unmatched: z.array(GroupMemberSchema),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _group: Same<z.infer<typeof GroupSchema>, Group> = true;
const _report: Same<z.infer<typeof GroupReportSchema>, GroupReport> = true;
void [_group, _report];
