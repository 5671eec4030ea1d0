// The roster file reader alone, so its chunk does not carry the writer.
export { readWorkbook } from "@sapa/client/files";
