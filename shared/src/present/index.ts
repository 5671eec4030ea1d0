// What renderers use: the tables, the model's types and the helpers that read it (builders stay inside).
export {
  textIn,
  formatCell,
  pickColumns,
  columnIndex,
  type Text,
  type CellKind,
  type Cell,
  type Column,
  type Row,
  type Table,
} from "./table.ts";
export * from "./summary-tables.ts";
export * from "./report-tables.ts";
export * from "./region-view-table.ts";
export * from "./organization-sheet.ts";
export * from "./trend-table.ts";
export * from "./review-list-table.ts";
export * from "./group-tables.ts";
export * from "./candidate-tables.ts";
export * from "./duplicate-tables.ts";
export { csvText, tableCsv } from "./table-csv.ts";
