import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AcademicYear, DistrictId, EncryptedSubmission, RegionPublicKey } from "@sapa/shared";
import { CliError, fileWriteError } from "./errors.ts";
import { configDir } from "./known-keys.ts";

/**
 * A submission sent without an answer that says whether it arrived (the connection broke, the server or a
 * gateway failed): kept, sealed as it was sent, so that the next `sapa submit` of the same roster sends the
 * very same body with the same Idempotency-Key. The server records it once whatever happened the first time
 * (a key it has seen answers with its first receipt), so nothing is lost and no second revision is made.
 */
export interface PendingSubmission {
  server: string;
  district: DistrictId;
  year: AcademicYear;
  /** What the body was built from (rosterIdentity): another roster is a new submission, not this one. */
  roster: string;
  idempotencyKey: string;
  /** The region key the rows are sealed to, remembered as trusted once the server takes them. */
  sealedTo: RegionPublicKey | null;
  /** When the unanswered attempt was made (ISO). */
  savedAt: string;
  submission: EncryptedSubmission;
}

/** The file bytes and the choices that shape a submission's body; the same roster sent again gives the same. */
export function rosterIdentity(bytes: Uint8Array, choices: Readonly<Record<string, unknown>>): string {
  return createHash("sha256").update(bytes).update(JSON.stringify(choices)).digest("hex");
}

/** One pending submission per server, district and year, in Sapa's config directory. */
export function pendingSubmissionFile(
  env: NodeJS.ProcessEnv,
  server: string,
  district: DistrictId,
  year: AcademicYear,
) {
  const dir = join(configDir(env), "pending-submissions");
  const serverTag = createHash("sha256").update(server).digest("hex").slice(0, 12);
  const path = join(dir, `${district}-${year}-${serverTag}.json`);
  return {
    path,
    /** The kept submission, or null (none, or a file that is not one: it is replaced at the next save). */
    async read(): Promise<PendingSubmission | null> {
      try {
        const kept = JSON.parse(await readFile(path, "utf8")) as PendingSubmission;
        const usable =
          kept.server === server &&
          kept.district === district &&
          kept.year === year &&
          typeof kept.idempotencyKey === "string" &&
          typeof kept.roster === "string" &&
          typeof kept.submission === "object" &&
          kept.submission !== null;
        return usable ? kept : null;
      } catch {
        return null;
      }
    },
    async save(pending: PendingSubmission): Promise<void> {
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const temp = `${path}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify(pending), { mode: 0o600 });
        await rename(temp, path);
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw fileWriteError(path, error);
      }
    },
    async remove(): Promise<void> {
      await rm(path, { force: true });
    },
  };
}
