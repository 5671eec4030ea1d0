/**
 * Every organisation of the region (or of one district) with what holds it back: teachers, counts by
 * category, qualitative composition, awards in the year, teachers still needed for the year's stage,
 * teachers due for attestation, and a flag when no teacher holds expert or above. Sorted by district in the
 * region's order, then by distance to the target (most teachers still needed first), then by name.
 * With the region's groups of organisations: a column naming each organisation's groups, and a block of the
 * groups' own rows (their figures, members not found in the data) above the organisations.
 */
import { findDistrict } from "../plan/districts.ts";
import type { GroupReport } from "../region/groups.ts";
import { organizationId, stageComparison } from "../figures/summary.ts";
import { categoryShortNames } from "../roster/categories.ts";
import { organizationKey } from "../roster/organization.ts";
import {
  CATEGORY_KEYS,
  DISTRICT_IDS,
  STAGE_CATEGORY_KEYS,
  type AcademicYear,
  type AttestationEntry,
  type DistrictId,
  type OrganizationSummary,
  type StageTargets,
} from "../types.ts";
import { PLAN_STAGE_TARGETS } from "../plan/targets.ts";
import { cell, column, join, verbatim, type Cell, type Row, type Table, type Text } from "./table.ts";

const QUALITATIVE = ["expert", "researcher", "master"] as const;

interface Line {
  readonly org: OrganizationSummary;
  readonly awarded: number;
  readonly gapPp: number | null;
  readonly needed: number | null;
  readonly due: number;
  readonly noExpert: boolean;
}

const rank = (d: DistrictId | null) => (d === null ? -1 : DISTRICT_IDS.indexOf(d));

function compareLines(a: Line, b: Line): number {
  return (
    rank(a.org.district) - rank(b.org.district) ||
    (b.needed ?? -1) - (a.needed ?? -1) ||
    (b.gapPp ?? 0) - (a.gapPp ?? 0) ||
    (a.org.name < b.org.name ? -1 : a.org.name > b.org.name ? 1 : 0)
  );
}

/** The row key of a group in the organisations table (an organisation's is `district/key`). */
export function organizationSheetGroupRowKey(name: string): string {
  return `group:${name}`;
}

/** The figure cells both kinds of rows share, from teachers to the expert flag. */
function figureCells(
  f: Pick<OrganizationSummary, "teachers" | "byCategory" | "qualitativeShare">,
  l: Omit<Line, "org">,
): Cell[] {
  return [
    cell.count(f.teachers),
    ...CATEGORY_KEYS.map((k) => cell.count(f.byCategory[k])),
    cell.count(f.byCategory.unknown),
    cell.share(f.qualitativeShare),
    cell.count(l.awarded),
    cell.pp(l.gapPp),
    cell.count(l.needed),
    cell.count(l.due),
    cell.text(l.noExpert ? "yes" : null),
  ];
}

/**
 * The organisations table of `year` from the report's organisation and attestation lists (all pages). An
 * attestation entry counts for the organisation of its district whose normalised name it carries. `groups`
 * (the region's groups' reports of the same year and data) add the "in groups" column and the groups' rows.
 */
export function organizationSheetTable(
  year: AcademicYear,
  organizations: readonly OrganizationSummary[],
  attestation: readonly AttestationEntry[],
  targets: readonly StageTargets[] = PLAN_STAGE_TARGETS,
  groups: readonly GroupReport[] = [],
): Table {
  const dueById = new Map<string, number>();
  for (const e of attestation) {
    const id = organizationId(e.district, organizationKey(e.organization));
    dueById.set(id, (dueById.get(id) ?? 0) + 1);
  }
  const idOf = (o: OrganizationSummary) => organizationId(o.district, o.key);
  const lineOf = (org: OrganizationSummary): Line => {
    const stage = stageComparison(year, org.awardedInYear, org.teachers, targets).total;
    return {
      org,
      awarded: STAGE_CATEGORY_KEYS.reduce((n, k) => n + org.awardedInYear[k], 0),
      gapPp: stage?.gapPp ?? null,
      needed: stage?.teachersNeeded ?? null,
      due: dueById.get(idOf(org)) ?? 0,
      noExpert: QUALITATIVE.every((k) => org.byCategory[k] === 0),
    };
  };
  const lines = organizations.map(lineOf);
  lines.sort(compareLines);

  const withGroups = groups.length > 0;
  const groupsOf = new Map<string, string[]>();
  for (const g of groups)
    for (const o of g.organizations) groupsOf.set(idOf(o), [...(groupsOf.get(idOf(o)) ?? []), g.name]);

  const groupRows: Row[] = groups.map((g) => {
    const total = g.figures.stage?.total ?? null;
    const unmatched: Text | null =
      g.unmatched.length > 0 ? join(": ", "unmatchedMembers", verbatim(String(g.unmatched.length))) : null;
    return {
      key: organizationSheetGroupRowKey(g.name),
      label: join(": ", "group", verbatim(g.name)),
      role: "total",
      cells: [
        cell.empty(),
        cell.text(unmatched),
        ...figureCells(g.figures, {
          awarded: STAGE_CATEGORY_KEYS.reduce((n, k) => n + g.figures.awardedInYear[k], 0),
          gapPp: total?.gapPp ?? null,
          needed: total?.teachersNeeded ?? null,
          due: g.organizations.reduce((n, o) => n + (dueById.get(idOf(o)) ?? 0), 0),
          noExpert: g.figures.teachers > 0 && QUALITATIVE.every((k) => g.figures.byCategory[k] === 0),
        }),
      ],
    };
  });
  const orgRows: Row[] = lines.map((l) => {
    const district = l.org.district ? findDistrict(l.org.district) : undefined;
    const names = groupsOf.get(idOf(l.org));
    return {
      key: `${l.org.district ?? ""}/${l.org.key}`,
      label: verbatim(l.org.name),
      cells: [
        cell.text(district ? { names: district.name } : null),
        ...(withGroups ? [cell.text(names ? verbatim(names.join("; ")) : null)] : []),
        ...figureCells(l.org, l),
      ],
    };
  });
  return {
    key: "organizationSheet",
    title: null,
    stub: "organization",
    columns: [
      column("district", "text"),
      ...(withGroups ? [column("inGroups", "text")] : []),
      column("teachers", "count", "teachers", "teachersShort"),
      ...CATEGORY_KEYS.map((k) =>
        column(`category.${k}`, "count", `category.${k}`, { names: categoryShortNames(k) }),
      ),
      column("category.unknown", "count", join(": ", "field.category", "unknown"), "categoryUnknownShort"),
      column("qualitativeShare", "share"),
      column("awardedInYear", "count", join(" ", "awardedInYear", verbatim(year))),
      column("stage.gapPp", "pp", join(": ", "stage", "gapPp")),
      column("stage.teachersNeeded", "count", join(": ", "stage", "teachersNeeded")),
      column("attestationDue", "count"),
      column("noExpertOrAbove", "text"),
    ],
    rows: [...groupRows, ...orgRows],
  };
}
