import type { CellValue, GridInput } from "@sapa/shared";
import { FileReadError } from "./read-errors.ts";

const SEPARATORS = [";", ",", "\t"] as const;
/** How many of a text's first lines tell its separator: a title row above the table may hold none. */
const SEPARATOR_LINES = 20;

/**
 * The separator a text export uses: whichever of `;`, `,` and a tab (Excel's "Unicode Text") stands most
 * often in its first lines, `;` where none does.
 */
function separatorOf(text: string): (typeof SEPARATORS)[number] {
  const head = text.split(/\r?\n/, SEPARATOR_LINES).join("\n");
  const count = (sep: string) => head.split(sep).length;
  return SEPARATORS.reduce((best, sep) => (count(sep) > count(best) ? sep : best));
}

/** A whole number as a spreadsheet saves it: digits without a leading zero, exact in a double (15 at most). */
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;

/** How spreadsheets save a TRUE or FALSE cell into a CSV: in English, or in Russian as Russian Excel does. */
const BOOLEANS = new Map<string, boolean>([
  ["TRUE", true],
  ["FALSE", false],
  ["ИСТИНА", true],
  ["ЛОЖЬ", false],
]);

/**
 * A CSV field's value as the workbook the CSV was saved from held it, and as Excel reads a CSV: a whole
 * number where the field is one (an ИИН kept as a number is saved as 61211600012, its leading zero gone; as
 * a number the core pads it back to 12 digits, as it does for the workbook), TRUE and FALSE as booleans (a
 * ticked mentor or internship cell; FALSE as text would be a mentor called "FALSE"); anything else as its
 * text (a leading zero, a date, a decimal comma: the core reads text dates and numbers itself).
 */
function fieldValue(field: string): CellValue {
  const text = field.trim();
  if (text === "") return null;
  if (WHOLE_NUMBER.test(text)) return Number(text);
  const flag = text.length <= 6 ? BOOLEANS.get(text.toUpperCase()) : undefined;
  return flag ?? field;
}

/**
 * A CSV or text export (with or without a BOM, `;`, `,` or a tab between fields, quoted fields with doubled
 * quotes and line breaks) as a grid: whole numbers as numbers, TRUE and FALSE as booleans, every other
 * field as text; merged cells marked unknown (a CSV keeps none).
 */
export function readCsvText(raw: string): GridInput {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const sep = separatorOf(text);
  const values: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(fieldValue(field));
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      values.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    values.push(row);
  }
  // A CSV keeps no merged cells: a name merged over several rows stands in its first row only.
  return { values, firstRow: 1, firstColumn: 1, mergedUnknown: "csv" };
}

/** The encoding a byte order mark names: UTF-16 as Excel's "Unicode Text" saves it; UTF-8 otherwise. */
function encodingOf(bytes: Uint8Array): "utf-16le" | "utf-16be" | "utf-8" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * A CSV or text export's cells from its bytes: UTF-8, or UTF-16 with its byte order mark (Excel's "Unicode
 * Text"); one in another encoding (Windows-1251 exports) is refused with what to do.
 */
export function readCsvBytes(bytes: Uint8Array, name: string): GridInput {
  let text: string;
  try {
    text = new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes);
  } catch {
    throw new FileReadError("file-csv-not-utf8", { file: name });
  }
  return readCsvText(text);
}
