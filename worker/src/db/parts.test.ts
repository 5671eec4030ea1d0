import { describe, expect, it } from "vitest";
import { splitParts } from "./parts.ts";

describe("splitParts", () => {
  it("splits long JSON into bounded parts that join back exactly, never inside a surrogate pair", () => {
    const text = "ә".repeat(7) + "😀".repeat(5) + "x".repeat(3);
    for (const size of [1, 2, 3, 4, 5, 1000]) {
      const parts = splitParts(text, size);
      expect(parts.join("")).toBe(text);
      expect(parts.every((p) => p.length <= Math.max(size, 2) && !/^[\udc00-\udfff]/.test(p))).toBe(true);
      expect(parts.every((p) => !/[\ud800-\udbff]$/.test(p))).toBe(true);
    }
    expect(splitParts("")).toEqual([""]);
  });
});
