import type { Lang, PageRevision, ReportPage } from "@sapa/shared";
import { ApiError } from "./api-error.ts";
import { clientMessage } from "./messages.ts";

/** Told after each page: items read so far and, when known, how many there are in all. */
export type OnProgress = (done: number, total?: number) => void;

export interface ReadAllOptions {
  onProgress?: OnProgress;
  /** How many items the listing holds, when the caller knows (from the report's figures). */
  total?: number;
  /** Fresh starts allowed when a district resubmits between two pages (default 3). */
  maxRestarts?: number;
  lang?: Lang;
}

/** The same districts at the same revisions, in any order. */
export function sameRevisions(a: readonly PageRevision[], b: readonly PageRevision[]): boolean {
  if (a.length !== b.length) return false;
  const key = (r: PageRevision) => `${r.district}@${r.revision}`;
  const seen = new Set(a.map(key));
  return b.every((r) => seen.has(key(r)));
}

/**
 * Reads every page of a listing, following `nextCursor` from the first page. When a page names other
 * revisions than the first one did (a district resubmitted meanwhile), everything read is dropped and the
 * listing is read again from the start, at most `maxRestarts` times; then an ApiError "report-changing".
 */
export async function readAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<ReportPage<T>>,
  options: ReadAllOptions = {},
): Promise<{ items: T[]; revisions: PageRevision[] }> {
  const maxRestarts = options.maxRestarts ?? 3;
  for (let restarts = 0; ; restarts++) {
    const first = await fetchPage(undefined);
    const items = [...first.items];
    options.onProgress?.(items.length, options.total);
    let cursor = first.nextCursor;
    let consistent = true;
    while (cursor !== null) {
      const page = await fetchPage(cursor);
      if (!sameRevisions(first.revisions, page.revisions)) {
        consistent = false;
        break;
      }
      items.push(...page.items);
      options.onProgress?.(items.length, options.total);
      cursor = page.nextCursor;
    }
    if (consistent) return { items, revisions: first.revisions };
    if (restarts >= maxRestarts) {
      throw new ApiError({
        status: 409,
        code: "report-changing",
        message: clientMessage("report-changing", options.lang ?? "kk", { times: restarts + 1 }),
      });
    }
  }
}
