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
  /** Districts whose revision is sealed to another region key (an older one after a rotation), by key id. */
  otherKeys: Map<string, DistrictId[]>;
}

/**
 * The report's attestation list with the names opened by the region: each district's revision the figures
 * came from is read with its stored rows and opened with the unlocked key, and the list re-sorted by name.
 * A revision sealed to another key (an older key after a rotation) is left sealed and listed in `otherKeys`;
 * a row that does not open is counted in `failed` and keeps "encrypted".
 */
export async function openReportNames(
  source: StoredRowsSource,
  pulled: {
    figures: { year: AcademicYear; districts: readonly { district: DistrictId; revision: number }[] };
    attestation: readonly AttestationEntry[];
  },
  key: UnlockedRegionKey,
): Promise<OpenedReportNames> {
  const byDistrict = new Map<DistrictId, OpenedNames>();
  const otherKeys = new Map<string, DistrictId[]>();
  for (const d of pulled.figures.districts) {
    const history = await source.submissions(d.district, pulled.figures.year);
    const revision = history.submissions.find((s) => s.revision === d.revision);
    if (revision === undefined) continue;
    const stored = await source.storedRows(revision.id);
    if (stored.encryption.keyId !== key.keyId) {
      otherKeys.set(stored.encryption.keyId, [...(otherKeys.get(stored.encryption.keyId) ?? []), d.district]);
      continue;
    }
    // A stored row not of a sealed row's shape is counted as not opened; the others still open.
    const parsed = stored.rows.map((r) => EncryptedSubmissionRowSchema.safeParse(r));
    const rows = parsed.flatMap((p) => (p.success ? [p.data] : []));
    const opened = await openNames(key, { ...stored, rows });
    byDistrict.set(d.district, { ...opened, failed: opened.failed + parsed.length - rows.length });
  }
  const counts = [...byDistrict.values()];
  return {
    attestation: withOpenedNames(pulled.attestation, byDistrict),
    opened: counts.reduce((n, o) => n + o.names.size, 0),
    failed: counts.reduce((n, o) => n + o.failed, 0),
    otherKeys,
  };
}
