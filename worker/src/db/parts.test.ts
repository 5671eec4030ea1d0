import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64, encodeBase64, splitParts } from "./parts.ts";

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

describe("base64 of a stored gzip", () => {
  it("encodes as btoa does, natively and in plain JavaScript, and decodes back", () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 1001, 70_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 37 + 11) & 255);
      const expected = btoa(String.fromCharCode(...bytes.subarray(0, 70_000).slice(0, length)));
      expect(encodeBase64(bytes)).toBe(expected);
      expect(bytesToBase64(bytes)).toBe(expected);
      expect(base64ToBytes(expected)).toEqual(bytes);
    }
  });
});
