import { describe, expect, it } from "vitest";
import { gunzipBase64, gzipBase64 } from "./gzip.ts";

describe("gzipBase64", () => {
  it("round-trips text with Kazakh letters and astral characters, and compresses repeated JSON", async () => {
    const text = JSON.stringify(
      Array.from({ length: 3000 }, (_, i) => ({
        fullName: `Әлия Қасымқызы ${i} 𝔸`,
        organization: "№ 5 бөбекжай",
      })),
    );
    const packed = await gzipBase64(text);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(packed.length).toBeLessThan(text.length / 5);
    expect(await gunzipBase64(packed)).toBe(text);
    expect(await gunzipBase64(await gzipBase64(""))).toBe("");
  });
});
