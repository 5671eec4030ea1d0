/**
 * The region's cross-district duplicates (issue 11 §3) as tables: one row per occurrence of each person
 * (numbered, so a person's rows read together), and how each district's list was read.
 */
import type { CrossDistrictDuplicates } from "../submission/cross-district-duplicates.ts";
import { findDistrict } from "../plan/districts.ts";
import type { DistrictId } from "../types.ts";
import { cell, column, verbatim, type Row, type Table, type Text } from "./table.ts";

const districtName = (d: DistrictId): Text => {
  const found = findDistrict(d);
  return found ? { names: found.name } : verbatim(d);
};

/** Each person listed in two or more districts, one row per roster row that names them, by name. */
export function crossDistrictDuplicatesTable(result: CrossDistrictDuplicates): Table {
  const rows: Row[] = result.people.flatMap((person, i) =>
    person.occurrences.map((o) => ({
      key: `${i + 1}/${o.district}/${o.row}`,
      label: verbatim(o.fullName),
      cells: [
        cell.count(i + 1),
        cell.text(districtName(o.district)),
        cell.text(verbatim(o.organization)),
        cell.text(o.category === null ? "category.unknown" : `category.${o.category}`),
        cell.count(o.row),
        cell.count(o.revision),
      ],
    })),
  );
  return {
    key: "crossDistrictDuplicates",
    title: "crossDistrictDuplicates",
    stub: "field.fullName",
    columns: [
      column("person", "count"),
      column("district", "text"),
      column("organization", "text"),
      column("category", "text", "field.category"),
      column("row", "count", "rosterRow", "rosterRowShort"),
      column("revision", "count"),
    ],
    rows,
  };
}

/** The row numbers shown in a cell: the first SHOWN_ROWS, then how many more (JSON keeps them all). */
const SHOWN_ROWS = 20;
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, SHOWN_ROWS).join(", ");
  return rows.length > SHOWN_ROWS ? `${shown} … (+${rows.length - SHOWN_ROWS})` : shown;
}

/** Per district: the revision read, its rows, how many were compared, had no ИИН or did not open. */
export function duplicateReadingTable(result: CrossDistrictDuplicates): Table {
  const rows: Row[] = result.districts.map((d) => ({
    key: d.district,
    label: districtName(d.district),
    cells: [
      cell.count(d.revision),
      cell.count(d.rows),
      cell.count(d.matched),
      cell.count(d.withoutIinKey),
      cell.count(d.tampered.length),
      cell.text(d.tampered.length === 0 ? null : verbatim(rowList(d.tampered))),
    ],
  }));
  const sum = (f: (d: CrossDistrictDuplicates["districts"][number]) => number) =>
    cell.count(result.districts.reduce((n, d) => n + f(d), 0));
  rows.push({
    key: "total",
    label: "total",
    role: "total",
    region: true,
    cells: [
      cell.empty(),
      sum((d) => d.rows),
      sum((d) => d.matched),
      sum((d) => d.withoutIinKey),
      sum((d) => d.tampered.length),
      cell.empty(),
    ],
  });
  return {
    key: "duplicateReading",
    title: "duplicateReading",
    stub: "district",
    columns: [
      column("revision", "count"),
      column("rows", "count", "rowsRead"),
      column("matched", "count", "rowsMatched", "rowsMatchedShort"),
      column("withoutIinKey", "count", "rowsWithoutIin", "rowsWithoutIinShort"),
      column("tampered", "count", "rowsNotOpened", "rowsNotOpenedShort"),
      column("tamperedRows", "text", "rowsNotOpenedList"),
    ],
    rows,
  };
}
