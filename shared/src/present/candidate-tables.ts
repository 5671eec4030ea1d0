/**
 * The candidates counts as tables (issue 8 §6): per stage category, the awards the target needs, the
 * candidates and the shortfall; one table by district (with the total) and one by organisation. For a
 * district's own roster: the same per category, and the candidates by name (names stay in its workbook).
 */
import type { CandidateCounts } from "../figures/candidate-counts.ts";
import type { CandidateLine, CandidatesReport, CandidateUnit } from "../figures/candidates.ts";
import { findDistrict } from "../plan/districts.ts";
import type { LabelKey } from "../i18n/labels.ts";
import { STAGE_CATEGORY_KEYS, type DistrictId, type StageCategoryKey } from "../types.ts";
import { cell, column, join, verbatim, type Cell, type Column, type Text } from "./table.ts";
import type { Row, Table } from "./table.ts";

/**
 * What a table shows: every stage category (the sheets, the CLI), or one of them with plain headings (the
 * pane's narrow view, the category named beside it); the organisations table may keep one district's rows.
 */
export interface CandidateTableOptions {
  category?: StageCategoryKey;
  district?: DistrictId;
}

function countColumns(only?: StageCategoryKey): Column[] {
  const heading = (k: StageCategoryKey, text: LabelKey): Text =>
    only ? text : join(": ", `category.${k}`, text);
  return [
    column("teachers", "count", "teachers", "teachersShort"),
    ...(only ? [only] : STAGE_CATEGORY_KEYS).flatMap((k) => [
      column(`${k}.needed`, "count", heading(k, "teachersNeeded"), heading(k, "neededShort")),
      column(`${k}.candidates`, "count", heading(k, "candidates"), heading(k, "candidatesShort")),
      column(`${k}.shortfall`, "count", heading(k, "shortfall"), heading(k, "shortfallShort")),
      column(`${k}.uncertain`, "count", heading(k, "uncertain"), heading(k, "uncertainShort")),
    ]),
  ];
}

function countCells(u: CandidateUnit, only?: StageCategoryKey): Cell[] {
  return [
    cell.count(u.teachers),
    ...(only ? [only] : STAGE_CATEGORY_KEYS).flatMap((k) => {
      const l = u.categories[k];
      return [neededCell(l), cell.count(l.candidates), cell.count(l.shortfall), cell.count(l.uncertain)];
    }),
  ];
}

/** Needed awards, or "regional target" where the target asks less than half a teacher of the unit. */
function neededCell(l: CandidateLine): Cell {
  return l.regionalTarget ? cell.text("regionalTarget") : cell.count(l.needed);
}

const districtName = (d: DistrictId | null): Text | null => {
  const found = d === null ? undefined : findDistrict(d);
  return found ? { names: found.name } : null;
};

/**
 * Needed, candidates, shortfall and undecided per district, then all the reply covers: the region on its
 * own totals (not a sum of the rows above), or the one district's total.
 */
export function candidateDistrictsTable(counts: CandidateCounts, opts: CandidateTableOptions = {}): Table {
  const rows: Row[] = counts.byDistrict.map((d) => ({
    key: d.district,
    label: districtName(d.district) ?? verbatim(d.district),
    cells: countCells(d, opts.category),
  }));
  rows.push(
    counts.scope === "region"
      ? {
          key: "total",
          label: "regionOnTotals",
          region: true,
          cells: countCells(counts.total, opts.category),
        }
      : { key: "total", label: "total", role: "total", cells: countCells(counts.total, opts.category) },
  );
  return {
    key: "candidateDistricts",
    // No caption: a sheet heads its first column with the caption, and this column holds the districts.
    title: null,
    stub: "district",
    columns: countColumns(opts.category),
    rows,
  };
}

/** Needed, candidates and shortfall per organisation, with its district (all, or `opts.district`'s). */
export function candidateOrganizationsTable(
  counts: CandidateCounts,
  opts: CandidateTableOptions = {},
): Table {
  const { category, district } = opts;
  return {
    key: "candidateOrganizations",
    title: null,
    stub: "organizationShort",
    columns: [column("district", "text"), ...countColumns(category)],
    rows: counts.byOrganization
      .filter((o) => district === undefined || o.district === district)
      .map((o) => ({
        key: `${o.district ?? ""}/${o.key}`,
        label: verbatim(o.name),
        cells: [cell.text(districtName(o.district)), ...countCells(o, category)],
      })),
  };
}

/**
 * One unit's needed awards, candidates, shortfall and undecided teachers, a row per stage category (the
 * district's block above its list of names).
 */
export function candidateCategoriesTable(counts: CandidateCounts): Table {
  return {
    key: "candidateCategories",
    title: null,
    stub: "field.category",
    columns: [
      column("needed", "count", "teachersNeeded", "neededShort"),
      column("candidates", "count", "candidates", "candidatesShort"),
      column("shortfall", "count", "shortfall", "shortfallShort"),
      column("uncertain", "count", "uncertain", "uncertainShort"),
    ],
    rows: STAGE_CATEGORY_KEYS.map((k) => {
      const l = counts.total.categories[k];
      return {
        key: k,
        label: `category.${k}` as const,
        cells: [neededCell(l), cell.count(l.candidates), cell.count(l.shortfall), cell.count(l.uncertain)],
      };
    }),
  };
}

/**
 * The candidates by name, a row per teacher and category sought, in the report's order (organisation,
 * category, name): what the district hands to its kindergartens. A bare-year award date stays its year.
 */
export function candidateListTable(report: CandidatesReport): Table {
  return {
    key: "candidateList",
    title: null,
    stub: "organization",
    columns: [
      column("fullName", "text", "field.fullName"),
      column("holds", "text", "currentCategory"),
      column("for", "text", "categorySought"),
      column("reason", "text", "candidateReason"),
      column("categoryDate", "date", "lastAward"),
    ],
    rows: report.candidates.map((c, i) => ({
      key: `${i}`,
      label: verbatim(c.organization),
      cells: [
        cell.text(verbatim(c.fullName)),
        cell.text(`category.${c.holds}`),
        cell.text(`category.${c.for}`),
        cell.text(c.reason === "next" ? "reasonNext" : "reasonRenewal"),
        c.categoryDateYearOnly ? cell.text(verbatim(c.categoryDate.slice(0, 4))) : cell.date(c.categoryDate),
      ],
    })),
  };
}
