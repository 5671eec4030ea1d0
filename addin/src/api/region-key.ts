import { RegionKeyRecordSchema, type DistrictId, type RegionKeyRecord } from "@sapa/shared";
import type { KeyValueStore } from "../settings.ts";
import { ApiError, type ApiClient } from "./client.ts";

/** Before districts were told apart, one key per server was remembered: still read, as a first guess. */
const serverKey = (serverUrl: string) => `sapa.region-key.v1:${serverUrl}`;
const districtKey = (serverUrl: string, district: DistrictId) =>
  `sapa.region-key.v2:${serverUrl}|${district}`;

function readRecord(store: KeyValueStore, key: string): RegionKeyRecord | null {
  try {
    const parsed = RegionKeyRecordSchema.safeParse(JSON.parse(store.getItem(key) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The region key this pane last sealed `district`'s roster to on `serverUrl`, or null. */
export function lastRegionKey(
  store: KeyValueStore,
  serverUrl: string,
  district: DistrictId,
): RegionKeyRecord | null {
  return readRecord(store, districtKey(serverUrl, district)) ?? readRecord(store, serverKey(serverUrl));
}

/** Remembers the key `district`'s roster is sealed to on `serverUrl`. */
export function rememberRegionKey(
  store: KeyValueStore,
  serverUrl: string,
  district: DistrictId,
  key: RegionKeyRecord,
): void {
  store.setItem(districtKey(serverUrl, district), JSON.stringify(key));
}

/**
 * The server's key differs from the one this pane last sealed to: nothing is sealed until the user has
 * compared the new fingerprint and confirmed it.
 */
export class RegionKeyChanged extends Error {
  constructor(
    readonly previous: RegionKeyRecord,
    readonly current: RegionKeyRecord,
  ) {
    super(`The region key changed from ${previous.keyId} to ${current.keyId}`);
    this.name = "RegionKeyChanged";
  }
}

/**
 * The key to seal a submission to: the server's current key, remembered per server and district. A key that
 * differs from the one last sealed to throws RegionKeyChanged unless `accepted` names it (the user compared
 * and confirmed it). When the server cannot be asked right now (offline, a refused access key), the key last
 * sealed to, so the submission still waits in the outbox. "No key published" is never papered over: the
 * server's message tells the user to ask the regional centre. (Sealing checks the id against the key.)
 */
export async function regionKeyToSealTo(
  client: Pick<ApiClient, "currentKey">,
  store: KeyValueStore,
  where: { serverUrl: string; district: DistrictId; accepted?: string | null },
): Promise<RegionKeyRecord> {
  const { serverUrl, district } = where;
  const last = lastRegionKey(store, serverUrl, district);
  let current: RegionKeyRecord;
  try {
    current = await client.currentKey();
  } catch (error) {
    if (last === null || (error instanceof ApiError && error.code === "region-key-missing")) throw error;
    return last;
  }
  if (last !== null && last.keyId !== current.keyId && where.accepted !== current.keyId)
    throw new RegionKeyChanged(last, current);
  rememberRegionKey(store, serverUrl, district, current);
  return current;
}
