// The file writer alone, so its chunk does not carry the reader (and the reader's not the writer).
export { writeWorkbook } from "@sapa/client/files";
