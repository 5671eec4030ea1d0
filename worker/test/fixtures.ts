import {
  createIinSecret,
  fromEncryptedSubmissionRows,
  generateRegionKeyPair,
  readRoster,
  toSubmissionRows,
  type AcademicYear,
  type DistrictId,
  type EncryptedSubmission,
  type IsoDate,
  type Submission,
  type TeacherRow,
  type UnlockedRegionKey,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";

export const YEAR = "2025-2026";
export const AS_OF = "2025-12-01";

/**
 * A district's submission as a client builds it: a realistic roster from the shared generator (Kazakh or
 * Russian headers by seed), read and normalised by the shared core, ИИН replaced by its key. No errors.
 * YEAR at AS_OF unless another academic year and a report date of it are given.
 */
export async function makeSubmission(
  district: DistrictId,
  rows: number,
  seed: number,
  { year, asOf }: { year: AcademicYear; asOf: IsoDate } = { year: YEAR, asOf: AS_OF },
): Promise<Submission> {
  const grid = generateRoster({ seed, rows, district, lang: seed % 2 === 0 ? "kk" : "ru", year, asOf });
  const read = readRoster(grid, { asOf });
  const errors = read.problems.filter((p) => p.severity === "error");
  if (errors.length > 0)
    throw new Error(`generated roster has errors: ${errors.map((e) => e.code).join(", ")}`);
  return {
    district,
    year,
    asOf,
    columns: read.present,
    rows: await toSubmissionRows(read.teachers),
    source: { app: "cli", file: `${district}.xlsx`, version: "test" },
  };
}

let testKey: Promise<UnlockedRegionKey> | undefined;

/**
 * This test file's region key pair, made once: tests seal rows to its public half (published in the
 * file's D1 by test/api.ts) and open them with its private half, as the regional centre would.
 */
export function testRegionKey(): Promise<UnlockedRegionKey> {
  return (testKey ??= generateRegionKeyPair().then(({ keyId, publicKey, privateKey }) => ({
    keyId,
    publicKey,
    privateKey,
    iinSecret: createIinSecret(),
  })));
}

/** The teacher rows the server measures from a sealed body: the rows' clear part. */
export function serverRows(body: EncryptedSubmission): TeacherRow[] {
  return fromEncryptedSubmissionRows(body.rows);
}
