/**
 * Every organisation of the region (or of one district) with what holds it back: teachers, counts by
 * category, qualitative composition, awards in the year, teachers still needed for the year's stage,
 * teachers due for attestation, and a flag when no teacher holds expert or above. Sorted by district in the
 * region's order, then by distance to the target (most teachers still needed first), then by name.
 */
import { findDistrict } from "../districts.ts";
import { organizationId, stageComparison } from "../summary.ts";
import { organizationKey } from "../organization.ts";
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
import { PLAN_STAGE_TARGETS } from "../targets.ts";
import { cell, column, join, verbatim, type Row, type Table } from "./table.ts";

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

/**
 * The organisations table of `year` from the report's organisation and attestation lists (all pages). An
 * attestation entry counts for the organisation of its district whose normalised name it carries.
 */
export function organizationSheetTable(
  year: AcademicYear,
  organizations: readonly OrganizationSummary[],
  attestation: readonly AttestationEntry[],
  targets: readonly StageTargets[] = PLAN_STAGE_TARGETS,
): Table {
  const dueById = new Map<string, number>();
  for (const e of attestation) {
    const id = organizationId(e.district, organizationKey(e.organization));
    dueById.set(id, (dueById.get(id) ?? 0) + 1);
  }
  const lines: Line[] = organizations.map((org) => {
    const stage = stageComparison(year, org.awardedInYear, org.teachers, targets).total;
    return {
      org,
      awarded: STAGE_CATEGORY_KEYS.reduce((n, k) => n + org.awardedInYear[k], 0),
      gapPp: stage?.gapPp ?? null,
      needed: stage?.teachersNeeded ?? null,
      due: dueById.get(organizationId(org.district, org.key)) ?? 0,
      noExpert: QUALITATIVE.every((k) => org.byCategory[k] === 0),
    };
  });
  lines.sort(compareLines);
  const rows: Row[] = lines.map((l) => {
    const district = l.org.district ? findDistrict(l.org.district) : undefined;
    return {
      key: `${l.org.district ?? ""}/${l.org.key}`,
      label: verbatim(l.org.name),
      cells: [
        cell.text(district ? { names: district.name } : null),
        cell.count(l.org.teachers),
        ...CATEGORY_KEYS.map((k) => cell.count(l.org.byCategory[k])),
        cell.count(l.org.byCategory.unknown),
        cell.share(l.org.qualitativeShare),
        cell.count(l.awarded),
        cell.pp(l.gapPp),
        cell.count(l.needed),
        cell.count(l.due),
        cell.text(l.noExpert ? "yes" : null),
      ],
    };
  });
  return {
    key: "organizationSheet",
    title: null,
    stub: "organization",
    columns: [
      column("district", "text"),
      column("teachers", "count", "teachers", "teachersShort"),
      ...CATEGORY_KEYS.map((k) => column(`category.${k}`, "count", `category.${k}`)),
      column("category.unknown", "count", join(": ", "field.category", "unknown"), "categoryUnknownShort"),
      column("qualitativeShare", "share"),
      column("awardedInYear", "count", join(" ", "awardedInYear", verbatim(year))),
      column("stage.gapPp", "pp", join(": ", "stage", "gapPp")),
      column("stage.teachersNeeded", "count", join(": ", "stage", "teachersNeeded")),
      column("attestationDue", "count"),
      column("noExpertOrAbove", "text"),
    ],
    rows,
  };
}
