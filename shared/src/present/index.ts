export * from "./table.ts";
export * from "./summary-tables.ts";
export * from "./report-tables.ts";
