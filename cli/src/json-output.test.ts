import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printJson } from "./json-output.ts";

/** What a terminal or file receives: each text as main.ts writes it (a newline added when it ends none). */
function printed(value: object, chunkChars?: number): { text: string; pieces: number } {
  const out: string[] = [];
  printJson({ out: (text) => out.push(text.endsWith("\n") ? text : `${text}\n`) }, value, chunkChars);
  return { text: out.join(""), pieces: out.length };
}

describe("printJson", () => {
  it("prints what JSON.stringify(value, null, 2) makes, whatever the size of the pieces", () => {
    // JSON values, with keys whose values JSON leaves out, and undefined in arrays (written null).
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: "small" },
        fc.jsonValue({ maxDepth: 2 }),
        fc.array(fc.oneof(tie("any"), fc.constant(undefined)), { maxLength: 6 }),
        fc.dictionary(fc.string(), fc.oneof(tie("any"), fc.constant(undefined)), { maxKeys: 6 }),
        fc.date({ noInvalidDate: true }),
      ),
    })).any;
    fc.assert(
      fc.property(
        fc.oneof(fc.array(value), fc.dictionary(fc.string(), value)),
        fc.integer({ min: 1, max: 200 }),
        (v, chunk) => {
          expect(printed(v as object, chunk).text).toBe(`${JSON.stringify(v, null, 2)}\n`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hands a long list to the output in pieces of about the size asked, each ending a line", () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ({
      row: i + 2,
      fullName: `Педагог ${i}`,
      message: { kk: "Санат", ru: "Категория", en: "Category" },
    }));
    const value = { file: "roster.xlsx", problems: rows, summary: { teachers: 2_000, byOrganization: [] } };
    const out: string[] = [];
    printJson({ out: (text) => out.push(text) }, value, 10_000);
    expect(out.length).toBeGreaterThan(10);
    expect(out.slice(0, -1).every((piece) => piece.endsWith("\n") && piece.length < 12_000)).toBe(true);
    expect(out.at(-1)!.endsWith("}")).toBe(true);
    expect(`${out.join("")}\n`).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
