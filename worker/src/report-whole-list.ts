import {
  readConsistentPages,
  sameRevisions,
  type AcademicYear,
  type AttestationEntry,
  type ConsistentList,
  type DistrictId,
  type OrganizationSummary,
} from "@sapa/shared";
import type { ListKind } from "./db/report-lists.ts";
import { ApiError } from "./errors.ts";
import { decodeCursor } from "./report-cursor.ts";
import { readReportPage } from "./report-pages.ts";

/** Pages of the largest size while reading a whole list inside one request. */
const WHOLE_LIST_PAGE = 1000;

/**
 * A report list of `year` read whole, page after page (the region's 635 organisations are one page; its
 * attestation list a few), for the renderings that need every entry at once (the organisations CSV), with
 * the revisions it was read from. Pages are read as the clients read them (the shared readConsistentPages):
 * a district that resubmits between two pages makes the reading start again, and after three fresh starts
 * the answer is 409 report-changing instead of a list of two revisions.
 */
export async function readWholeList<T>(
  db: D1Database,
  kind: ListKind,
  year: AcademicYear,
  scope: DistrictId | null,
  pageSize = WHOLE_LIST_PAGE,
): Promise<ConsistentList<T>> {
  const read = await readConsistentPages<T>((cursor) => {
    const start = cursor === undefined ? null : decodeCursor(cursor);
    if (cursor !== undefined && start === null) throw new Error("the listing gave a cursor it cannot read");
    return readReportPage<T>(db, kind, { year, scope, start, limit: pageSize });
  });
  if ("items" in read) return read;
  throw new ApiError(409, "report-changing", { times: read.changing });
}

/** Fresh starts allowed when a district resubmits between the reading of two lists. */
const LIST_PAIR_RESTARTS = 3;

/**
 * The organisations and the attestation list of `year` from the same revisions (the organisations CSV puts
 * each organisation's teachers due beside its figures): read again when a district resubmitted between the
 * two, and 409 report-changing after three fresh starts.
 */
export async function readOrganizationsAndAttestation(
  db: D1Database,
  year: AcademicYear,
  scope: DistrictId | null,
): Promise<{ organizations: OrganizationSummary[]; attestation: AttestationEntry[] }> {
  for (let restarts = 0; restarts <= LIST_PAIR_RESTARTS; restarts++) {
    const [organizations, attestation] = await Promise.all([
      readWholeList<OrganizationSummary>(db, "organizations", year, scope),
      readWholeList<AttestationEntry>(db, "attestation", year, scope),
    ]);
    if (sameRevisions(organizations.revisions, attestation.revisions))
      return { organizations: organizations.items, attestation: attestation.items };
  }
  throw new ApiError(409, "report-changing", { times: LIST_PAIR_RESTARTS + 1 });
}
