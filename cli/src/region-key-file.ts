import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  CRYPTO_MESSAGES,
  CryptoError,
  EncryptedSubmissionRowSchema,
  KeyFileSchema,
  openNames,
  unlockKeyFile,
  withOpenedNames,
  type AttestationEntry,
  type DistrictId,
  type AcademicYear,
  type Lang,
  type OpenedNames,
  type RegionPublicKey,
  type StoredRows,
  type UnlockedRegionKey,
} from "@sapa/shared";
import type { PulledReport, SapaClient } from "@sapa/client";
import { cliClient, orCliError, type ApiOptions } from "./api.ts";
import { CliError, EXIT_USAGE, usageError } from "./errors.ts";
import type { Io } from "./io.ts";
import { readPassphrase } from "./passphrase.ts";

/** A CryptoError (wrong passphrase, wrong key, altered data) as the CLI prints it: its message, exit 2. */
function cryptoFailure(error: unknown): never {
  if (error instanceof CryptoError) throw new CliError(EXIT_USAGE, error.messages);
  throw error;
}

/**
 * Opens the region's key file with the passphrase from SAPA_KEY_PASSPHRASE or asked on the terminal. A
 * wrong passphrase, a file that is not a key file or an unreadable path is a clear message (exit 2); the
 * file itself is only read, and one that is not a key file is refused before the passphrase is asked.
 */
export async function unlockRegionKeyFile(file: string, io: Io, lang: Lang): Promise<UnlockedRegionKey> {
  const text = await readKeyFileText(file, io.cwd);
  keyFileHeader(text);
  const passphrase = await readPassphrase(io, lang);
  return unlockKeyFile(text, passphrase).catch(cryptoFailure);
}

async function readKeyFileText(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A wrong path or a folder is said in words, as for a roster file; Node's code only for anything rarer.
    if (code === "ENOENT") throw usageError("file-not-found", { file: resolve(cwd, file) });
    if (code === "EISDIR") throw usageError("file-is-folder", { file: resolve(cwd, file) });
    throw usageError("key-file-unreadable", { file, reason: code ?? "?" });
  }
}

/** A key file's clear header; a text that is not a key file is a clear message (exit 2). */
function keyFileHeader(text: string): RegionPublicKey {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // the schema below refuses it
  }
  const header = KeyFileSchema.safeParse(parsed);
  if (!header.success) throw new CliError(EXIT_USAGE, CRYPTO_MESSAGES["key-file-invalid"]);
  return { keyId: header.data.keyId, publicKey: header.data.publicKey };
}

/** The public half of a key file (its clear header), read without the passphrase. */
export async function keyFilePublicKey(file: string, cwd: string): Promise<RegionPublicKey> {
  return keyFileHeader(await readKeyFileText(file, cwd));
}

/**
 * A district's revision as stored, with its rows (GET /api/submissions/:id?rows=1): its id is found in the
 * district's history of the year; `revision` "newest" takes the newest there. Null when the history has no
 * such revision (none at all, or the one asked for is gone).
 */
export async function fetchStoredRevision(
  api: ApiOptions,
  client: SapaClient,
  district: DistrictId,
  year: AcademicYear,
  revision: number | "newest",
): Promise<StoredRows | null> {
  const { submissions } = await orCliError(api.server, client.submissions(district, year));
  const found =
    revision === "newest"
      ? submissions.reduce<(typeof submissions)[number] | undefined>(
          (a, s) => (a === undefined || s.revision > a.revision ? s : a),
          undefined,
        )
      : submissions.find((s) => s.revision === revision);
  return found === undefined ? null : orCliError(api.server, client.storedRows(found.id));
}

/**
 * The report's attestation list with the names opened: each district's newest revision's stored rows are
 * fetched and opened with the region's key, and the list re-sorted by name. Rows sealed to another key:
 * CryptoError wrong-key, exit 2.
 */
export async function openReportNames(
  api: ApiOptions,
  pulled: PulledReport,
  key: UnlockedRegionKey,
): Promise<{ attestation: AttestationEntry[]; opened: number; failed: number }> {
  const client = cliClient(api);
  const byDistrict = new Map<DistrictId, OpenedNames>();
  for (const d of pulled.figures.districts) {
    const stored = await fetchStoredRevision(api, client, d.district, pulled.figures.year, d.revision);
    if (stored === null) continue;
    const rows = stored.rows.map((r) => EncryptedSubmissionRowSchema.parse(r));
    const names = await openNames(key, { ...stored, rows }).catch(cryptoFailure);
    byDistrict.set(d.district, names);
  }
  const counts = [...byDistrict.values()];
  return {
    attestation: withOpenedNames(pulled.attestation, byDistrict),
    opened: counts.reduce((n, o) => n + o.names.size, 0),
    failed: counts.reduce((n, o) => n + o.failed, 0),
  };
}
