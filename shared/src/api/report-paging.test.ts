import { describe, expect, it } from "vitest";
import { readConsistentPages, sameRevisions } from "./report-paging.ts";
import type { PageRevision, ReportPage } from "../types.ts";

const YEAR = "2025-2026";

/** A listing of `items` in pages of `size`, read at the revisions `revisions()` names at each read. */
function listing(items: string[], size: number, revisions: () => PageRevision[]) {
  const reads: (string | undefined)[] = [];
  const fetchPage = async (cursor: string | undefined): Promise<ReportPage<string>> => {
    reads.push(cursor);
    const from = cursor === undefined ? 0 : Number(cursor);
    const next = from + size < items.length ? String(from + size) : null;
    return { year: YEAR, revisions: revisions(), items: items.slice(from, from + size), nextCursor: next };
  };
  return { fetchPage, reads };
}

describe("sameRevisions", () => {
  it("compares districts at revisions in any order", () => {
    const a = [
      { district: "alga", revision: 2 },
      { district: "temir", revision: 1 },
    ] as PageRevision[];
    expect(sameRevisions(a, [...a].reverse())).toBe(true);
    expect(sameRevisions(a, [{ district: "alga", revision: 2 }] as PageRevision[])).toBe(false);
    expect(sameRevisions(a, [a[0]!, { district: "temir", revision: 2 }] as PageRevision[])).toBe(false);
  });
});

describe("readConsistentPages", () => {
  it("reads every page and tells the progress", async () => {
    const { fetchPage, reads } = listing(["a", "b", "c", "d", "e"], 2, () => [
      { district: "alga", revision: 1 },
    ]);
    const progress: number[] = [];
    const read = await readConsistentPages(fetchPage, { onProgress: (done) => progress.push(done) });
    expect(read).toEqual({
      items: ["a", "b", "c", "d", "e"],
      revisions: [{ district: "alga", revision: 1 }],
    });
    expect(reads).toEqual([undefined, "2", "4"]);
    expect(progress).toEqual([2, 4, 5]);
  });

  it("drops what it read and starts again when a page names another revision", async () => {
    let revision = 1;
    const { fetchPage, reads } = listing(["a", "b", "c"], 2, () => [{ district: "alga", revision }]);
    const read = await readConsistentPages(async (cursor) => {
      // A resubmission lands after the first page of the first reading.
      if (cursor === "2" && reads.length === 1) revision = 2;
      return fetchPage(cursor);
    });
    expect(read).toEqual({ items: ["a", "b", "c"], revisions: [{ district: "alga", revision: 2 }] });
    expect(reads).toEqual([undefined, "2", undefined, "2"]);
  });

  it("gives up after maxRestarts fresh starts while the revisions keep changing", async () => {
    let revision = 0;
    const { fetchPage, reads } = listing(["a", "b", "c"], 2, () => [
      { district: "alga", revision: ++revision },
    ]);
    expect(await readConsistentPages(fetchPage, { maxRestarts: 2 })).toEqual({ changing: 3 });
    expect(reads).toEqual([undefined, "2", undefined, "2", undefined, "2"]);
  });
});
