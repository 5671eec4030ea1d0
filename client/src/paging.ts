import {
  readConsistentPages,
  type ConsistentPagesOptions,
  type Lang,
  type PageRevision,
  type ReportPage,
} from "@sapa/shared";
import { ApiError } from "./api-error.ts";
import { clientMessage } from "./messages.ts";

export { sameRevisions } from "@sapa/shared";

/** Told after each page: items read so far and, when known, how many there are in all. */
export type OnProgress = NonNullable<ConsistentPagesOptions["onProgress"]>;

export interface ReadAllOptions extends ConsistentPagesOptions {
  lang?: Lang;
}

/**
 * Reads every page of a listing without mixing revisions (the shared readConsistentPages); when districts
 * keep resubmitting past `maxRestarts` fresh starts, an ApiError "report-changing".
 */
export async function readAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<ReportPage<T>>,
  options: ReadAllOptions = {},
): Promise<{ items: T[]; revisions: PageRevision[] }> {
  const read = await readConsistentPages(fetchPage, options);
  if ("items" in read) return read;
  throw new ApiError({
    status: 409,
    code: "report-changing",
    message: clientMessage("report-changing", options.lang ?? "kk", { times: read.changing }),
  });
}
