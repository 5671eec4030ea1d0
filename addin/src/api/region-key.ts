import type { DistrictId, RegionPublicKey, TrustedKeyStore } from "@sapa/shared";
import type { KeyValueStore } from "../settings.ts";

/** Before districts were told apart, one key per server was remembered: still read, as the trusted key. */
const serverKey = (serverUrl: string) => `sapa.region-key.v1:${serverUrl}`;
const districtKey = (serverUrl: string, district: DistrictId) =>
  `sapa.region-key.v2:${serverUrl}|${district}`;

/** A stored key: `{ keyId, publicKey }` (older panes stored the server's whole record, which has both). */
function readKey(store: KeyValueStore, key: string): RegionPublicKey | null {
  try {
    const value = JSON.parse(store.getItem(key) ?? "null") as Partial<RegionPublicKey> | null;
    return typeof value?.keyId === "string" && typeof value.publicKey === "string"
      ? { keyId: value.keyId, publicKey: value.publicKey }
      : null;
  } catch {
    return null;
  }
}

/**
 * The key this pane trusts for `district` on `serverUrl`, kept in the add-in's storage: the pane's side of the
 * shared trust policy (chooseRegionKey, rememberAcceptedKey in @sapa/shared).
 */
export function trustedKeyStore(
  store: KeyValueStore,
  serverUrl: string,
  district: DistrictId,
): TrustedKeyStore {
  return {
    read: () => readKey(store, districtKey(serverUrl, district)) ?? readKey(store, serverKey(serverUrl)),
    write: (key) =>
      store.setItem(
        districtKey(serverUrl, district),
        JSON.stringify({ keyId: key.keyId, publicKey: key.publicKey }),
      ),
  };
}
