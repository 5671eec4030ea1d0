/** Types of scripts/dev-key.mjs for TypeScript callers (tests that seal rows to the development key). */

/** The passphrase of the development key file: for local development only. */
export const DEV_KEY_PASSPHRASE: string;
/** Where the development key file is kept (.certs/dev-region-key.json). */
export const devKeyPath: string;
/** The development key file, created once when missing. */
export function ensureDevRegionKey(): Promise<{
  path: string;
  passphrase: string;
  keyId: string;
  publicKey: string;
  file: unknown;
}>;
