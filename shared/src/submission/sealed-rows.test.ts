import { describe, expect, it } from "vitest";
import { SEALED_NAME, sealedNameOf, sealedRowOf } from "./sealed-rows.ts";

describe("sealed name placeholders", () => {
  // Stored lists keep these strings: their spelling must never change.
  it("spells the row number in letters a..j after the placeholder, and reads it back", () => {
    expect(sealedNameOf(7)).toBe(`${SEALED_NAME}h`);
    expect(sealedNameOf(1207)).toBe(`${SEALED_NAME}bcah`);
    expect(sealedNameOf(1_048_576)).toBe(`${SEALED_NAME}baeifhg`);
    for (const row of [1, 9, 10, 99, 100, 5000, 123_456]) expect(sealedRowOf(sealedNameOf(row))).toBe(row);
  });
});
