import {
  CryptoError,
  todayInRegion,
  type KeyFile,
  type KeyFingerprint,
  type UnlockedRegionKey,
} from "@sapa/shared";
import { useCallback, useEffect, useState } from "react";
import { ApiError, type ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";

/** The key ceremony and fingerprints: fetched when a key is first shown, made or opened (issue 19, item 7). */
const cryptoSteps = () => import("./crypto-steps.ts");

/** A key file is about 1 KB; anything far larger is not one (and is not read into memory). */
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** The server's current region key as the pane last asked for it. */
export type ServerKey =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "none" }
  | { status: "failed" }
  | { status: "ok"; keyId: string; fingerprint: KeyFingerprint };

/** A key just created in this pane: its file to save, not yet (or just) published. */
export interface CreatedKey {
  file: KeyFile;
  fileName: string;
  text: string;
  fingerprint: KeyFingerprint;
  published: boolean;
}

export interface RegionKey {
  server: ServerKey;
  refreshServerKey: () => void;
  /** The region's key opened for this session (memory only), with its fingerprint. */
  unlocked: { key: UnlockedRegionKey; fingerprint: KeyFingerprint } | null;
  created: CreatedKey | null;
  onCreate: (passphrase: string) => void;
  onPublish: () => void;
  onDiscardCreated: () => void;
  onUnlock: (file: File, passphrase: string) => void;
  onLock: () => void;
}

/** The file name a new key is offered under: sapa-region-key-YYYY-MM-DD.json (today in Aktobe). */
export function keyFileName(today: string = todayInRegion()): string {
  return `sapa-region-key-${today}.json`;
}

/**
 * The region's key in the pane: the server's current key and its fingerprint (every user), and for the
 * regional centre the ceremony: create a key file, publish its public key, open a key file for the session.
 * The opened key lives in React state only: never in localStorage, never in the workbook.
 */
export function useRegionKey(options: {
  client: ApiClient;
  /** An access key is saved: the server can be asked. */
  canAsk: boolean;
  /** Changes when the server or access key change (the fingerprint is asked again). */
  source: string;
  /** The user is the regional centre; when that stops, an open key is closed. */
  region: boolean;
  t: Translate;
  runner: ActionRunner;
  notices: Notices;
}): RegionKey {
  const { client, canAsk, source, region, t, runner, notices } = options;
  const [server, setServer] = useState<ServerKey>({ status: "idle" });
  const [unlocked, setUnlocked] = useState<RegionKey["unlocked"]>(null);
  const [created, setCreated] = useState<CreatedKey | null>(null);

  const refreshServerKey = useCallback(() => {
    if (!canAsk) {
      setServer({ status: "idle" });
      return;
    }
    setServer({ status: "loading" });
    client
      .currentKey()
      .then(async (key) => {
        const { fingerprintOf } = await cryptoSteps();
        setServer({ status: "ok", keyId: key.keyId, fingerprint: await fingerprintOf(key.publicKey) });
      })
      .catch((error: unknown) =>
        setServer({
          status: error instanceof ApiError && error.code === "region-key-missing" ? "none" : "failed",
        }),
      );
  }, [client, canAsk]);

  useEffect(() => refreshServerKey(), [refreshServerKey, source]);
  useEffect(() => {
    if (!region) {
      setUnlocked(null);
      setCreated(null);
    }
  }, [region]);

  const onCreate = (passphrase: string) =>
    void runner.run("key", async () => {
      const { createIinSecret, createKeyFile, fingerprintOf, generateRegionKeyPair, unlockKeyFile } =
        await cryptoSteps();
      const pair = await generateRegionKeyPair();
      // On rotation the ИИН secret carries over from the open key, so a teacher keeps one ИИН key.
      const file = await createKeyFile(pair, passphrase, {
        iinSecret: unlocked?.key.iinSecret ?? createIinSecret(),
      });
      // Opened at once from the file itself: proves the file and passphrase work before anyone relies on them.
      const key = await unlockKeyFile(file, passphrase);
      const fingerprint = await fingerprintOf(pair.publicKey);
      setCreated({
        file,
        fileName: keyFileName(),
        text: JSON.stringify(file, null, 2) + "\n",
        fingerprint,
        published: false,
      });
      setUnlocked({ key, fingerprint });
      return true;
    });

  const onPublish = () =>
    void runner.run("key", async () => {
      if (!created) return false;
      await client.publishKey({ keyId: created.file.keyId, publicKey: created.file.publicKey });
      setCreated({ ...created, published: true });
      notices.notify("key", "success", t("keyPublished", { digits: created.fingerprint.digits }));
      refreshServerKey();
      return false;
    });

  const onDiscardCreated = () => {
    if (created && !created.published && unlocked?.key.keyId === created.file.keyId) setUnlocked(null);
    setCreated(null);
  };

  const onUnlock = (file: File, passphrase: string) =>
    void runner.run("key", async () => {
      if (file.size > MAX_KEY_FILE_BYTES) throw new CryptoError("key-file-invalid");
      let text: string;
      try {
        text = await file.text();
      } catch {
        notices.notify("key", "error", t("keyFileUnreadable"));
        return false;
      }
      const { fingerprintOf, unlockKeyFile } = await cryptoSteps();
      const key = await unlockKeyFile(text, passphrase);
      const fingerprint = await fingerprintOf(key.publicKey);
      setUnlocked({ key, fingerprint });
      notices.notify("key", "success", t("keyUnlocked"));
      return false;
    });

  const onLock = () => {
    setUnlocked(null);
    notices.resolve("key");
    notices.notify("key", "info", t("keyLocked"));
  };

  return {
    server,
    refreshServerKey,
    unlocked,
    created,
    onCreate,
    onPublish,
    onDiscardCreated,
    onUnlock,
    onLock,
  };
}
