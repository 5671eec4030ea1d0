// The roster file reader alone (SheetJS), so its chunk does not carry the writer.
export { readWorkbook } from "@sapa/client/files/read";
