import {
  EncryptedSubmissionRowSchema,
  openNames,
  withOpenedNames,
  type AcademicYear,
  type AttestationEntry,
  type DistrictId,
  type OpenedNames,
  type StoredRows,
  type UnlockedRegionKey,
} from "@sapa/shared";
import type { PulledReport } from "./report-pull.ts";

/** What opening the report's names needs of the client (region token). */
export interface StoredRowsSource {
  /** The district's revisions (only the id and number of each are read). */
  submissions(
    district: DistrictId,
    year: AcademicYear,
  ): Promise<{ submissions: readonly { id: string; revision: number }[] }>;
  storedRows(id: string): Promise<StoredRows>;
}

/** The attestation list with the names opened, and how many rows opened or failed to. */
export interface OpenedReportNames {
  attestation: AttestationEntry[];
  opened: number;
  failed: number;
}

/**
 * The report's attestation list with the names opened by the region: each district's revision the figures
 * came from is read with its stored rows and opened with the unlocked key, and the list re-sorted by name.
 * Revisions stored in clear (before sealing) already carry their names. Rows sealed to another key:
 * CryptoError "wrong-key"; a row that does not open is counted in `failed` and keeps "encrypted".
 */
export async function openReportNames(
  source: StoredRowsSource,
  pulled: Pick<PulledReport, "figures" | "attestation">,
  key: UnlockedRegionKey,
): Promise<OpenedReportNames> {
  const byDistrict = new Map<DistrictId, OpenedNames>();
  for (const d of pulled.figures.districts) {
    const history = await source.submissions(d.district, pulled.figures.year);
    const revision = history.submissions.find((s) => s.revision === d.revision);
    if (revision === undefined) continue;
    const stored = await source.storedRows(revision.id);
    if (stored.encryption === null) continue;
    const rows = stored.rows.map((r) => EncryptedSubmissionRowSchema.parse(r));
    byDistrict.set(d.district, await openNames(key, { ...stored, encryption: stored.encryption, rows }));
  }
  const counts = [...byDistrict.values()];
  return {
    attestation: withOpenedNames(pulled.attestation, byDistrict),
    opened: counts.reduce((n, o) => n + o.names.size, 0),
    failed: counts.reduce((n, o) => n + o.failed, 0),
  };
}
