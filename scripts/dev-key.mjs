// The development region key pair: what `npm start`, the dev seed and every test server seal rows to.
// The key file lives in the gitignored .certs/ beside the development certificate, protected by a
// passphrase printed here on purpose: it is for local development only and protects nothing real.
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";
import { certDir } from "./dev-cert.mjs";

/** The passphrase of the development key file (documented in the README; never use it for a real key). */
export const DEV_KEY_PASSPHRASE = "sapa-dev-only passphrase";
/** Where the development key file is kept. */
export const devKeyPath = join(certDir, "dev-region-key.json");

/**
 * The development key file, created once (PBKDF2 600,000 iterations, as a real one) when missing. Servers
 * starting at once on a fresh checkout agree on one key: the file appears by an atomic link, and whoever
 * loses the race reads the winner's.
 * @returns {Promise<{ path: string, passphrase: string, keyId: string, publicKey: string, file: unknown }>}
 */
export async function ensureDevRegionKey() {
  if (!existsSync(devKeyPath)) {
    const { generateRegionKeyPair, createKeyFile, createIinSecret } = await tsImport(
      "@sapa/shared",
      import.meta.url,
    );
    const pair = await generateRegionKeyPair();
    const file = await createKeyFile(pair, DEV_KEY_PASSPHRASE, { iinSecret: createIinSecret() });
    mkdirSync(certDir, { recursive: true });
    const temp = `${devKeyPath}.${process.pid}.${Date.now()}`;
    writeFileSync(temp, JSON.stringify(file, null, 2) + "\n", { mode: 0o600 });
    try {
      linkSync(temp, devKeyPath);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    } finally {
      rmSync(temp, { force: true });
    }
  }
  const file = JSON.parse(readFileSync(devKeyPath, "utf8"));
  return {
    path: devKeyPath,
    passphrase: DEV_KEY_PASSPHRASE,
    keyId: file.keyId,
    publicKey: file.publicKey,
    file,
  };
}
