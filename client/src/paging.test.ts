import type { PageRevision, ReportPage } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.ts";
import { readAllPages, sameRevisions } from "./paging.ts";

/** A listing of `items` served `size` at a time; `revisionsAt(call)` says what each read saw. */
function listing(items: number[], size: number, revisionsAt: (call: number) => PageRevision[]) {
  const cursors: (string | undefined)[] = [];
  const fetchPage = async (cursor: string | undefined): Promise<ReportPage<number>> => {
    cursors.push(cursor);
    const start = cursor === undefined ? 0 : Number(cursor);
    const end = start + size;
    return {
      year: "2025-2026",
      revisions: revisionsAt(cursors.length),
      items: items.slice(start, end),
      nextCursor: end < items.length ? String(end) : null,
    };
  };
  return { fetchPage, cursors };
}

const r1: PageRevision[] = [
  { district: "alga", revision: 1 },
  { district: "temir", revision: 4 },
];
const r2: PageRevision[] = [
  { district: "alga", revision: 2 },
  { district: "temir", revision: 4 },
];
const items = Array.from({ length: 23 }, (_, i) => i + 1);

describe("readAllPages", () => {
  it("follows the cursor to the last page and reports progress against the known total", async () => {
    const { fetchPage, cursors } = listing(items, 10, () => r1);
    const progress: [number, number | undefined][] = [];
    const all = await readAllPages(fetchPage, { total: 23, onProgress: (d, t) => progress.push([d, t]) });
    expect(all.items).toEqual(items);
    expect(all.revisions).toEqual(r1);
    expect(cursors).toEqual([undefined, "10", "20"]);
    expect(progress).toEqual([
      [10, 23],
      [20, 23],
      [23, 23],
    ]);
  });

  it("starts again from the first page when a district resubmits between two pages", async () => {
    // Call 2 (second page) already sees alga's revision 2: the whole listing is read again at revision 2.
    const { fetchPage, cursors } = listing(items, 10, (call) => (call === 1 ? r1 : r2));
    const progress: number[] = [];
    const all = await readAllPages(fetchPage, { onProgress: (d) => progress.push(d) });
    expect(all.items).toEqual(items);
    expect(all.revisions).toEqual(r2);
    expect(cursors).toEqual([undefined, "10", undefined, "10", "20"]);
    expect(progress).toEqual([10, 10, 20, 23]);
  });

  it("gives up with a clear error after the allowed number of fresh starts", async () => {
    // Every second read sees a new revision: the listing never holds still.
    const { fetchPage, cursors } = listing(items, 10, (call) => [{ district: "alga", revision: call }]);
    const error = (await readAllPages(fetchPage, { maxRestarts: 2, lang: "ru" }).catch((e) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: "report-changing", retryable: false });
    expect(error.message).toContain("попыток: 3");
    expect(cursors).toHaveLength(6);
  });

  it("reads a one-page listing with one request", async () => {
    const { fetchPage, cursors } = listing([7, 8], 500, () => r1);
    expect((await readAllPages(fetchPage)).items).toEqual([7, 8]);
    expect(cursors).toEqual([undefined]);
  });
});

describe("sameRevisions", () => {
  it("compares districts and revisions in any order", () => {
    expect(sameRevisions(r1, [...r1].reverse())).toBe(true);
    expect(sameRevisions(r1, r2)).toBe(false);
    expect(sameRevisions(r1, r1.slice(1))).toBe(false);
  });
});
