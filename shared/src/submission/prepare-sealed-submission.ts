import type { RegionPublicKey } from "../crypto/region-key.ts";
import { sealSubmission } from "../crypto/row-seal.ts";
import { EncryptedSubmissionSchema, type EncryptedSubmission } from "../crypto/schemas.ts";
import { prepareSubmission, type PreparedSubmission, type SubmissionOrigin } from "./prepare-submission.ts";
import type { RosterRead } from "../roster/roster.ts";
import type { AcademicYear, DistrictId, IsoDate } from "../types.ts";

/** What became of a checked roster once sealed: the encrypted request body, or why nothing may be sent. */
export type PreparedSealedSubmission =
  { kind: "ready"; submission: EncryptedSubmission } | Exclude<PreparedSubmission, { kind: "ready" }>;

/**
 * prepareSubmission, then every row's full name and ИИН key sealed to the region's current key
 * (`recipient`, as GET /api/keys/current gives it). The ИИН key inside the seal is the plain
 * pseudonymous key: a keyed HMAC would need a secret handed to every district, and only the region's
 * private key opens the seal anyway; the server sees only a per-submission tag (HMAC under a key derived
 * from the ephemeral ECDH secret), equal only within the submission. `recipient` may be a function that
 * fetches the key: it is called only for a roster that is ready, so a refused roster asks no server.
 */
export async function prepareSealedSubmission(
  roster: Pick<RosterRead, "layout" | "teachers" | "problems" | "present">,
  meta: { district: DistrictId; year: AcademicYear; asOf: IsoDate; source: SubmissionOrigin },
  recipient: RegionPublicKey | (() => Promise<RegionPublicKey>),
): Promise<PreparedSealedSubmission> {
  const prepared = await prepareSubmission(roster, meta);
  if (prepared.kind !== "ready") return prepared;
  const key = typeof recipient === "function" ? await recipient() : recipient;
  const sealed = await sealSubmission(prepared.submission, key);
  return { kind: "ready", submission: EncryptedSubmissionSchema.parse(sealed) };
}
