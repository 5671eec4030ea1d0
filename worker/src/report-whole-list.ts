import type {
  AcademicYear,
  AttestationEntry,
  ConsistentList,
  DistrictId,
  OrganizationSummary,
} from "@sapa/shared";
import { readWholeLists, type ListKind } from "./db/report-lists.ts";

/**
 * A report list of `year` read whole, for the renderings that need every entry at once (the organisations
 * CSV, groups, trend), with the revisions it was read from. One D1 batch reads a consistent snapshot, so the
 * worker never pages through its own database; the restart-on-resubmission loop is for clients paging over
 * HTTP (the shared readConsistentPages).
 */
export async function readWholeList<T>(
  db: D1Database,
  kind: ListKind,
  year: AcademicYear,
  scope: DistrictId | null,
): Promise<ConsistentList<T>> {
  const { revisions, lists } = await readWholeLists(db, [kind], year, scope);
  return { items: lists[kind] as T[], revisions };
}

/**
 * The organisations and the attestation list of `year` from the same revisions (the organisations CSV puts
 * each organisation's teachers due beside its figures), read in one batch.
 */
export async function readOrganizationsAndAttestation(
  db: D1Database,
  year: AcademicYear,
  scope: DistrictId | null,
): Promise<{ organizations: OrganizationSummary[]; attestation: AttestationEntry[] }> {
  const { lists } = await readWholeLists(db, ["organizations", "attestation"], year, scope);
  return {
    organizations: lists.organizations as OrganizationSummary[],
    attestation: lists.attestation as AttestationEntry[],
  };
}
