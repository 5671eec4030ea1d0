import type { Io } from "./io.ts";

/** About how many characters go to the output at a time. */
const CHUNK_CHARS = 1 << 16;

/**
 * Prints `value` as `JSON.stringify(value, null, 2)` would, in pieces of about 64 K characters that each end
 * a line. A region's 100,000-row roster is 45 MB of JSON: made as one string it is held twice more (the
 * text in UTF-16, then its UTF-8 bytes), about 200 MB at the peak; in pieces only one piece is held.
 * `io.out` ends a text with a newline unless it does: every piece but the last already ends one, so
 * the output is byte for byte the same.
 */
export function printJson(io: Pick<Io, "out">, value: object, chunkChars = CHUNK_CHARS): void {
  let pending: string[] = [];
  let size = 0;
  const write = (text: string) => {
    pending.push(text);
    size += text.length;
    if (size >= chunkChars && text.endsWith("\n")) {
      io.out(pending.join(""));
      pending = [];
      size = 0;
    }
  };
  writeValue(value, "", write, false);
  if (pending.length > 0) io.out(pending.join(""));
}

/** Whether JSON.stringify leaves a value out of an object (and writes null for it in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** A plain object (as JSON.parse and object literals make them), which JSON.stringify writes key by key. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

/**
 * Writes one value as JSON.stringify(…, null, 2) writes it at the depth `indent` stands for: objects key by
 * key, arrays element by element (each element made whole, then its lines indented).
 */
function writeValue(value: unknown, indent: string, write: (text: string) => void, inArray: boolean): void {
  if (inArray && omitted(value)) {
    write("null");
  } else if (Array.isArray(value) && value.length > 0) {
    const inner = `${indent}  `;
    write("[\n");
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      const text = omitted(element) ? "null" : JSON.stringify(element, null, 2);
      write(`${inner}${text.includes("\n") ? text.replaceAll("\n", `\n${inner}`) : text}`);
      write(i < value.length - 1 ? ",\n" : "\n");
    }
    write(`${indent}]`);
  } else if (isPlainRecord(value)) {
    const entries = Object.entries(value).filter(([, v]) => !omitted(v));
    if (entries.length === 0) {
      write("{}");
      return;
    }
    const inner = `${indent}  `;
    write("{\n");
    entries.forEach(([key, v], i) => {
      write(`${inner}${JSON.stringify(key)}: `);
      writeValue(v, inner, write, false);
      write(i < entries.length - 1 ? ",\n" : "\n");
    });
    write(`${indent}}`);
  } else {
    // Numbers, text, booleans, null, empty arrays, and any other object (a Date, a Map): JSON.stringify's own.
    const text = JSON.stringify(value, null, 2);
    write(text.includes("\n") ? text.replaceAll("\n", `\n${indent}`) : text);
  }
}
