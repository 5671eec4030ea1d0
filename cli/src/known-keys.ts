import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import {
  fingerprintOf,
  type DistrictId,
  type RegionKeyChanged,
  type RegionPublicKey,
  type TrustedKeyStore,
} from "@sapa/shared";
import { CliError, EXIT_USAGE, fileWriteError, usageError } from "./errors.ts";
import { localized } from "./messages.ts";

/**
 * The region key each district trusts, per server (`known-region-keys.json`): the CLI's side of the shared
 * trust policy (chooseRegionKey, rememberAcceptedKey in @sapa/shared). `sapa submit` never seals to a
 * different key without being told to (issue 11: a server that swapped the key would otherwise read every name).
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

/** The key `district` trusts on `server`, kept in the config directory's file (rewritten whole on change). */
export function trustedKeyFile(
  env: NodeJS.ProcessEnv,
  server: string,
  district: DistrictId,
  now: () => string = () => new Date().toISOString(),
): TrustedKeyStore {
  const dir = configDir(env);
  const path = join(dir, FILE);
  return {
    async read() {
      const known = (await readKnownKeys(path))[entryOf(server, district)];
      return typeof known?.keyId === "string" && typeof known.publicKey === "string"
        ? { keyId: known.keyId, publicKey: known.publicKey }
        : null;
    },
    async write(key: RegionPublicKey) {
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const known = await readKnownKeys(path);
        known[entryOf(server, district)] = { keyId: key.keyId, publicKey: key.publicKey, since: now() };
        const temp = `${path}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify(known, null, 2) + "\n", { mode: 0o600 });
        await rename(temp, path);
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw fileWriteError(path, error);
      }
    },
  };
}

/** The refusal of a changed key, with the old and the new fingerprint to compare (exit 2). */
export async function keyChangedError(change: RegionKeyChanged): Promise<CliError> {
  const previous = await fingerprintOf(change.previous.publicKey).catch(() => ({
    keyId: change.previous.keyId,
    hex: change.previous.keyId,
    digits: "?",
  }));
  const fingerprint = await fingerprintOf(change.current.publicKey);
  return new CliError(
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
