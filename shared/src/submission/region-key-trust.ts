import type { RegionPublicKey } from "../crypto/region-key.ts";

/**
 * Trust on first use of the region's key, the one policy of the pane and the CLI (issue 20). A district
 * seals names and ИИН keys only to a key it trusts for that server:
 * - the first key it ever sees on a server is trusted once its fingerprint is shown, to be compared with the
 *   one the regional centre announced by letter or phone;
 * - a key is compared whole (id and public key): a server that kept the id and swapped the key is a change;
 * - a changed key is refused ({@link RegionKeyChanged}) until the user, having compared the new fingerprint,
 *   accepts it;
 * - a key is remembered only once the server has accepted a submission sealed to it
 *   ({@link rememberAcceptedKey}), so a key that was shown but never used is not trusted silently next time;
 * - offline (the server's current key cannot be read: no connection, a server error, a refused access key),
 *   the submission is sealed to the key last accepted for this district on this server, one already trusted,
 *   and waits to be sent; with no such key nothing is sealed. A server that answers "no key published" is
 *   believed: that is never papered over with an older key.
 */

/** Where one district's trusted key for one server is kept: the pane's add-in storage, the CLI's config file. */
export interface TrustedKeyStore {
  read(): Promise<RegionPublicKey | null> | RegionPublicKey | null;
  write(key: RegionPublicKey): Promise<void> | void;
}

/** The key to seal to, and why it may be used. */
export type KeyChoice =
  /** Never trusted a key on this server before: show the fingerprint to compare with the centre's. */
  | { kind: "first"; key: RegionPublicKey }
  /** The key last accepted. */
  | { kind: "same"; key: RegionPublicKey }
  /** A new key the user has compared and accepted. */
  | { kind: "accepted"; key: RegionPublicKey; previous: RegionPublicKey }
  /** The server could not be asked: the key last accepted, so the submission can wait to be sent. */
  | { kind: "offline"; key: RegionPublicKey; reason: unknown };

/** The server's key differs from the one this district trusts: nothing is sealed until the user compares. */
export class RegionKeyChanged extends Error {
  constructor(
    readonly previous: RegionPublicKey,
    readonly current: RegionPublicKey,
  ) {
    super(`The region key changed from ${previous.keyId} to ${current.keyId}`);
    this.name = "RegionKeyChanged";
  }
}

/** Two keys are the same key only when both the id and the public key match. */
export const sameRegionKey = (a: RegionPublicKey, b: RegionPublicKey): boolean =>
  a.keyId === b.keyId && a.publicKey === b.publicKey;

/** The server's own answer that it has no key: an older key must not stand in for it. */
const NO_KEY_PUBLISHED = "region-key-missing";
const isNoKeyPublished = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === NO_KEY_PUBLISHED;

/**
 * Chooses the key to seal a submission to (see the policy above). `accept` is the user's confirmation of a
 * changed key: the new key itself as it was shown to them (accepted only if the server still has exactly that
 * key), or `"current"` (the CLI's --accept-new-key, after it printed the new fingerprint). Remembers nothing.
 */
export async function chooseRegionKey(
  store: TrustedKeyStore,
  currentKey: () => Promise<RegionPublicKey>,
  accept: RegionPublicKey | "current" | null = null,
): Promise<KeyChoice> {
  const trusted = await store.read();
  let current: RegionPublicKey;
  try {
    current = await currentKey();
  } catch (error) {
    if (trusted === null || isNoKeyPublished(error)) throw error;
    return { kind: "offline", key: trusted, reason: error };
  }
  if (trusted === null) return { kind: "first", key: current };
  if (sameRegionKey(trusted, current)) return { kind: "same", key: current };
  if (accept === "current" || (accept !== null && sameRegionKey(accept, current)))
    return { kind: "accepted", key: current, previous: trusted };
  throw new RegionKeyChanged(trusted, current);
}

/** After the server accepted a submission sealed to `key`: from now on it is the key this district trusts. */
export async function rememberAcceptedKey(store: TrustedKeyStore, key: RegionPublicKey): Promise<void> {
  const trusted = await store.read();
  if (trusted !== null && sameRegionKey(trusted, key)) return;
  await store.write({ keyId: key.keyId, publicKey: key.publicKey });
}
