/**
 * Reading a paged report list whole without mixing revisions: the pane, the CLI (through the client) and the
 * worker (for the renderings it makes itself, such as the organisations CSV) all page the same way.
 */
import type { Localized, PageRevision, ReportPage } from "../types.ts";

/** The same districts at the same revisions, in any order. */
export function sameRevisions(a: readonly PageRevision[], b: readonly PageRevision[]): boolean {
  if (a.length !== b.length) return false;
  const key = (r: PageRevision) => `${r.district}@${r.revision}`;
  const seen = new Set(a.map(key));
  return b.every((r) => seen.has(key(r)));
}

export interface ConsistentPagesOptions {
  /** Told after each page: items read so far and, when known, how many there are in all. */
  onProgress?: (done: number, total?: number) => void;
  /** How many items the listing holds, when the caller knows (from the report's figures). */
  total?: number;
  /** Fresh starts allowed when a district resubmits between two pages (default 3). */
  maxRestarts?: number;
}

/** A whole list and the revisions every page of it named. */
export interface ConsistentList<T> {
  items: T[];
  revisions: PageRevision[];
}

/**
 * Reads every page of a listing, following `nextCursor` from the first page. When a page names other
 * revisions than the first one did (a district resubmitted meanwhile), everything read is dropped and the
 * listing is read again from the start, at most `maxRestarts` times; then `{ changing: attempts }`, which
 * the caller reports as REPORT_CHANGING.
 */
export async function readConsistentPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<ReportPage<T>>,
  options: ConsistentPagesOptions = {},
): Promise<ConsistentList<T> | { changing: number }> {
  const maxRestarts = options.maxRestarts ?? 3;
  for (let restarts = 0; restarts <= maxRestarts; restarts++) {
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
  }
  return { changing: maxRestarts + 1 };
}

/** What a reader says when districts kept resubmitting while it read (`{times}`: the attempts). */
export const REPORT_CHANGING: Localized = {
  kk: "Тізім оқылып жатқанда аудандар деректерді қайта жіберіп жатты, сондықтан оқу {times} рет үзілді. Біраздан кейін қайталаңыз.",
  ru: "Пока список читался, районы заново отправляли данные, и чтение прерывалось (попыток: {times}). Повторите немного позже.",
  en: "Districts kept resubmitting while the list was being read, and the reading was interrupted (attempts: {times}). Try again in a little while.",
};
