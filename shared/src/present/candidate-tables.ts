/**
 * The candidates counts as tables (issue 8 §6): per stage category, the awards the target needs, the
 * candidates and the shortfall; one table by district (with the total) and one by organisation.
 */
import type { CandidateCounts } from "../candidate-counts.ts";
import type { CandidateUnit } from "../candidates.ts";
import { findDistrict } from "../districts.ts";
import { STAGE_CATEGORY_KEYS, type DistrictId } from "../types.ts";
import { cell, column, join, verbatim, type Cell, type Column, type Text } from "./table.ts";
import type { Row, Table } from "./table.ts";

function countColumns(): Column[] {
  return [
    column("teachers", "count", "teachers", "teachersShort"),
    ...STAGE_CATEGORY_KEYS.flatMap((k) => [
      column(
        `${k}.needed`,
        "count",
        join(": ", `category.${k}`, "teachersNeeded"),
        join(": ", `category.${k}`, "neededShort"),
      ),
      column(
        `${k}.candidates`,
        "count",
        join(": ", `category.${k}`, "candidates"),
        join(": ", `category.${k}`, "candidatesShort"),
      ),
      column(
        `${k}.shortfall`,
        "count",
        join(": ", `category.${k}`, "shortfall"),
        join(": ", `category.${k}`, "shortfallShort"),
      ),
    ]),
  ];
}

function countCells(u: CandidateUnit): Cell[] {
  return [
    cell.count(u.teachers),
    ...STAGE_CATEGORY_KEYS.flatMap((k) => {
      const l = u.categories[k];
      return [cell.count(l.needed), cell.count(l.candidates), cell.count(l.shortfall)];
    }),
  ];
}

function title(counts: CandidateCounts): Text {
  return join(
    " · ",
    "candidates",
    verbatim(counts.year),
    join(": ", "minYearsSinceAward", verbatim(String(counts.minYearsSinceAward))),
  );
}

const districtName = (d: DistrictId | null): Text | null => {
  const found = d === null ? undefined : findDistrict(d);
  return found ? { names: found.name } : null;
};

/** Needed, candidates and shortfall per district, then the total of all the reply covers. */
export function candidateDistrictsTable(counts: CandidateCounts): Table {
  const rows: Row[] = counts.byDistrict.map((d) => ({
    key: d.district,
    label: districtName(d.district) ?? verbatim(d.district),
    cells: countCells(d),
  }));
  rows.push({ key: "total", label: "total", role: "total", cells: countCells(counts.total) });
  return { key: "candidateDistricts", title: title(counts), stub: "district", columns: countColumns(), rows };
}

/** Needed, candidates and shortfall per organisation, with its district. */
export function candidateOrganizationsTable(counts: CandidateCounts): Table {
  return {
    key: "candidateOrganizations",
    title: title(counts),
    stub: "organization",
    columns: [column("district", "text"), ...countColumns()],
    rows: counts.byOrganization.map((o) => ({
      key: `${o.district ?? ""}/${o.key}`,
      label: verbatim(o.name),
      cells: [cell.text(districtName(o.district)), ...countCells(o)],
    })),
  };
}
