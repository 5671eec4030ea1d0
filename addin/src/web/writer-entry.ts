// The file writer alone (exceljs), so the reader's chunk does not carry it, nor this one the reader.
export { writeWorkbook } from "@sapa/client/files/write";
