import { RegionKeyRecordSchema, type RegionKeyRecord } from "@sapa/shared";
import type { KeyValueStore } from "../settings.ts";
import { ApiError, type ApiClient } from "./client.ts";

const storageKey = (serverUrl: string) => `sapa.region-key.v1:${serverUrl}`;

/** The region key this pane last sealed to for `serverUrl`, or null. */
export function lastRegionKey(store: KeyValueStore, serverUrl: string): RegionKeyRecord | null {
  try {
    const parsed = RegionKeyRecordSchema.safeParse(
      JSON.parse(store.getItem(storageKey(serverUrl)) ?? "null"),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The key to seal a submission to: the server's current key (remembered), or, when the server cannot be
 * asked right now (offline, a refused access key), the key this pane last sealed to, so the submission still
 * waits in the outbox. "No key published" is never papered over: the server's message tells the user to ask
 * the regional centre. (The sealing checks the key id against the key itself either way.)
 */
export async function regionKeyToSealTo(
  client: Pick<ApiClient, "currentKey">,
  store: KeyValueStore,
  serverUrl: string,
): Promise<RegionKeyRecord> {
  try {
    const key = await client.currentKey();
    store.setItem(storageKey(serverUrl), JSON.stringify(key));
    return key;
  } catch (error) {
    const last = lastRegionKey(store, serverUrl);
    if (last === null || (error instanceof ApiError && error.code === "region-key-missing")) throw error;
    return last;
  }
}
