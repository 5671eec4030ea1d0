/** An in-memory fake of the Office.js Excel API subset Sapa's adapter uses (see README.md). */
export {
  createFakeWorkbook,
  installFakeOffice,
  type FakeWorkbookInit,
  type InstalledFake,
} from "./office.ts";
export {
  FakeWorkbook,
  dateToSerial,
  sheetFromGrid,
  type SheetInit,
  type SyncRecord,
  type Cell,
} from "./state.ts";
export { FakeOfficeError, ErrorCodes } from "./errors.ts";
export { parseAddress, formatAddress } from "./address.ts";
export * from "./inspect.ts";
