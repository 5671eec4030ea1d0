import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { fingerprintOf, type DistrictId, type KeyFingerprint, type RegionPublicKey } from "@sapa/shared";
import { CliError, EXIT_USAGE, usageError } from "./errors.ts";
import { localized } from "./messages.ts";

/**
 * The region key each district last sealed to, per server: `sapa submit` never seals to a different key
 * without being told to (issue 11: a server that swapped the key would otherwise read every name).
 */
const FILE = "known-region-keys.json";

interface KnownKey {
  keyId: string;
  publicKey: string;
  since: string;
}
type KnownKeys = Record<string, KnownKey>;

/** Sapa's config directory: $SAPA_CONFIG_DIR, else $XDG_CONFIG_HOME/sapa, else ~/.config/sapa. */
export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.SAPA_CONFIG_DIR) return env.SAPA_CONFIG_DIR;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, "sapa");
  return join(homedir(), ".config", "sapa");
}

const entryOf = (server: string, district: DistrictId) => `${new URL(server).origin} ${district}`;

async function readKnownKeys(path: string): Promise<KnownKeys> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw usageError("known-keys-unreadable", { file: path });
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as KnownKeys;
  } catch {
    // falls through to the message below
  }
  throw usageError("known-keys-unreadable", { file: path });
}

/** What sealing to `key` means for this district on this server. */
export type KeyTrust =
  | { kind: "same" }
  | { kind: "first"; fingerprint: KeyFingerprint }
  | { kind: "accepted"; previous: KeyFingerprint; fingerprint: KeyFingerprint };

/**
 * Compares the server's current key with the one this district last sealed to on this server. First time:
 * "first" (trusted, to be compared with the centre's announcement). Changed: refused with both fingerprints
 * (exit 2) unless `acceptNew`, the user having compared the new one with the centre's letter or phone call.
 */
export async function checkRegionKey(
  env: NodeJS.ProcessEnv,
  server: string,
  district: DistrictId,
  key: RegionPublicKey,
  acceptNew: boolean,
): Promise<KeyTrust> {
  const known = (await readKnownKeys(join(configDir(env), FILE)))[entryOf(server, district)];
  const fingerprint = await fingerprintOf(key.publicKey);
  if (known === undefined) return { kind: "first", fingerprint };
  if (known.keyId === key.keyId && known.publicKey === key.publicKey) return { kind: "same" };
  const previous = await fingerprintOf(known.publicKey).catch(() => ({
    keyId: known.keyId,
    hex: known.keyId,
    digits: "?",
  }));
  if (acceptNew) return { kind: "accepted", previous, fingerprint };
  throw new CliError(
    EXIT_USAGE,
    localized("key-changed", {
      oldId: previous.keyId,
      oldHex: previous.hex,
      oldDigits: previous.digits,
      newId: fingerprint.keyId,
      newHex: fingerprint.hex,
      newDigits: fingerprint.digits,
    }),
  );
}

/** Remembers `key` as the one this district sealed to on this server (the file is rewritten whole). */
export async function rememberRegionKey(
  env: NodeJS.ProcessEnv,
  server: string,
  district: DistrictId,
  key: RegionPublicKey,
  at = new Date().toISOString(),
): Promise<void> {
  const dir = configDir(env);
  const path = join(dir, FILE);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const known = await readKnownKeys(path);
    known[entryOf(server, district)] = { keyId: key.keyId, publicKey: key.publicKey, since: at };
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(known, null, 2) + "\n", { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw usageError("file-not-writable", { file: path, reason: (error as Error).message });
  }
}
