/**
 * Groups of organisations as tables: every group's figures side by side (the report workbook's "Groups"
 * sheet), and one group's organisations with the group's total (`sapa group show`).
 */
import { findDistrict } from "../plan/districts.ts";
import type { Group, GroupFigures, GroupReport } from "../region/groups.ts";
import { CATEGORY_KEYS, STAGE_CATEGORY_KEYS, type AcademicYear, type OrganizationSummary } from "../types.ts";
import { bandVerdictCell } from "./summary-tables.ts";
import { cell, column, join, verbatim, type Cell, type Column, type Table } from "./table.ts";

/** The figure columns both tables share: teachers, categories, composition, awards against the stage. */
function figureColumns(year: AcademicYear): Column[] {
  return [
    column("teachers", "count", "teachers", "teachersShort"),
    ...CATEGORY_KEYS.map((k) => column(`category.${k}`, "count", `category.${k}`)),
    column("category.unknown", "count", join(": ", "field.category", "unknown"), "categoryUnknownShort"),
    column("qualitativeShare", "share"),
    column("awardedInYear", "count", join(" ", "awardedInYear", verbatim(year))),
    column("stage.target", "share", join(": ", "stage", "target"), "targetShort"),
    column("stage.actual", "share", join(": ", "stage", "actual"), "actualShort"),
    column("stage.gapPp", "pp", join(": ", "stage", "gapPp"), "gapShort"),
    column("stage.teachersNeeded", "count", join(": ", "stage", "teachersNeeded"), "neededShort"),
    column("stage.bandVerdict", "text", "bandVerdict"),
  ];
}

type Figures = Pick<GroupFigures, "teachers" | "byCategory" | "qualitativeShare" | "awardedInYear"> & {
  stage: GroupFigures["stage"] | null;
};

function figureCells(f: Figures): Cell[] {
  const total = f.stage?.total ?? null;
  return [
    cell.count(f.teachers),
    ...CATEGORY_KEYS.map((k) => cell.count(f.byCategory[k])),
    cell.count(f.byCategory.unknown),
    cell.share(f.qualitativeShare),
    cell.count(STAGE_CATEGORY_KEYS.reduce((n, k) => n + f.awardedInYear[k], 0)),
    cell.share(total?.target ?? null),
    cell.share(total?.actual ?? null),
    cell.pp(total?.gapPp ?? null),
    cell.count(total?.teachersNeeded ?? null),
    bandVerdictCell(total?.verdict ?? null),
  ];
}

/**
 * Every group of a year, one row each: organisations found, members not found in the data, then the
 * group's figures (the stage columns compare the year's awards of the four categories with the stage total).
 */
export function groupsTable(year: AcademicYear, reports: readonly GroupReport[]): Table {
  return {
    key: "groups",
    title: join(" ", "group", verbatim(year)),
    stub: "group",
    columns: [
      column("organizations", "count", "organizations", "organizationsShort"),
      column("unmatchedMembers", "count"),
      ...figureColumns(year),
    ],
    rows: reports.map((r) => ({
      key: r.name,
      label: verbatim(r.name),
      cells: [cell.count(r.figures.organizations), cell.count(r.unmatched.length), ...figureCells(r.figures)],
    })),
  };
}

/**
 * One group: its organisations in the data (district, figures; the stage columns per organisation are left
 * empty, the targets speak of the group) and the group's total row.
 */
export function groupTable(report: GroupReport): Table {
  const orgRow = (o: OrganizationSummary) => {
    const district = o.district ? findDistrict(o.district) : undefined;
    return {
      key: `${o.district ?? ""}/${o.key}`,
      label: verbatim(o.name),
      cells: [cell.text(district ? { names: district.name } : null), ...figureCells({ ...o, stage: null })],
    };
  };
  return {
    key: "group",
    title: join(" · ", verbatim(report.name), verbatim(report.year)),
    stub: "organization",
    columns: [column("district", "text"), ...figureColumns(report.year)],
    rows: [
      ...report.organizations.map(orgRow),
      {
        key: "total",
        label: "total",
        role: "total",
        cells: [cell.empty(), ...figureCells(report.figures)],
      },
    ],
  };
}

/** The stored groups: name, number of members, when each was last changed. */
export function groupListTable(groups: readonly Group[]): Table {
  return {
    key: "groupList",
    title: null,
    stub: "group",
    columns: [column("groupMembers", "count"), column("updatedAt", "timestamp")],
    rows: groups.map((g) => ({
      key: g.name,
      label: verbatim(g.name),
      cells: [cell.count(g.members.length), cell.timestamp(g.updatedAt)],
    })),
  };
}
