import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type ReportCursor } from "./report-cursor.ts";

const b64url = (text: string) => btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

describe("report cursors", () => {
  it("round-trip as opaque base64url text", () => {
    const cursors: ReportCursor[] = [
      { year: "2025-2026", scope: null, district: "aiteke-bi", position: 0 },
      { year: "2027-2028", scope: "yrgyz", district: "yrgyz", position: 123_456 },
    ];
    for (const c of cursors) {
      const text = encodeCursor(c);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text)).toEqual(c);
    }
  });

  it("refuses anything this server did not make", () => {
    const forged = [
      "c1|2025-2026|*|alga|-1",
      "c1|2025-2026|*|alga|1.5",
      "c1|2025-2026|*|alga|01",
      "c1|2025-2026|*|alga|1|extra",
      "c1|2025-2027|*|alga|1",
      "c1|2025-2026|astana|alga|1",
      "c1|2025-2026|*|astana|1",
      "c2|2025-2026|*|alga|1",
      "c1|2025-2026|*|alga",
      "",
    ].map(b64url);
    for (const text of [...forged, "not base64!", "YWJj=", "%%%"])
      expect(decodeCursor(text), text).toBeNull();
  });
});
