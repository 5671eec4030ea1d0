import type { DistrictId, RegionPublicKey } from "@sapa/shared";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SubmissionBody } from "../api/client.ts";
import {
  deliver,
  flushOutbox,
  nextRetryIn,
  Outbox,
  type DeliveryResult,
  type OutboxEntry,
  type Send,
} from "../api/outbox.ts";
import type { KeyValueStore } from "../settings.ts";

export interface OutboxState {
  /** False until a district is chosen: submissions are kept per server and district. */
  ready: boolean;
  entries: OutboxEntry[];
  /** False when storage is full: the entries live only as long as the pane. */
  persisted: boolean;
  /** Writes a submission to storage before the first byte is sent: a crash or a closed pane loses nothing. */
  add: (body: SubmissionBody, sealedTo: RegionPublicKey) => OutboxEntry | null;
  /** Sends one entry now. */
  send: (entry: OutboxEntry) => Promise<DeliveryResult>;
  /** Sends every waiting entry now, blocked ones too (the user's "Retry now"). */
  retry: () => Promise<DeliveryResult[]>;
  discard: (key: string) => void;
}

/**
 * The outbox of one server and district, and its automatic delivery: on load, when the connection comes
 * back and on each entry's backoff timer, while `enabled` (a district user with an access key).
 */
export function useOutbox(options: {
  store: KeyValueStore;
  serverUrl: string;
  district: DistrictId | null;
  send: Send;
  enabled: boolean;
  onDelivered: (result: DeliveryResult) => Promise<void>;
}): OutboxState {
  const { store, serverUrl, district, send, enabled } = options;
  const outbox = useMemo(
    () => (district ? new Outbox(store, serverUrl, district) : null),
    [store, serverUrl, district],
  );
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [persisted, setPersisted] = useState(true);
  // A user's send or retry restarts the timer loop, which then waits for the entries' new backoff.
  const [version, setVersion] = useState(0);
  const onDelivered = useRef(options.onDelivered);
  onDelivered.current = options.onDelivered;

  const refresh = useCallback(() => {
    setEntries(outbox ? outbox.list() : []);
    setPersisted(outbox ? outbox.persisted : true);
  }, [outbox]);
  useEffect(refresh, [refresh]);

  useEffect(() => {
    if (!outbox || !enabled) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      if (cancelled) return;
      for (const result of await flushOutbox(outbox, send)) await onDelivered.current(result);
      if (cancelled) return;
      refresh();
      const wait = nextRetryIn(outbox);
      clearTimeout(timer);
      if (wait !== null) timer = setTimeout(() => void tick(), Math.max(wait, 1_000));
    };
    void tick();
    const onOnline = () => void tick();
    window.addEventListener("online", onOnline);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      window.removeEventListener("online", onOnline);
    };
  }, [outbox, send, enabled, version, refresh]);

  return {
    ready: outbox !== null,
    entries,
    persisted,
    add: (body, sealedTo) => {
      if (!outbox) return null;
      const entry = outbox.add(body, { sealedTo });
      refresh();
      return entry;
    },
    send: async (entry) => {
      if (!outbox) throw new Error("no outbox without a district");
      const result = await deliver(outbox, entry, send);
      refresh();
      setVersion((v) => v + 1);
      return result;
    },
    retry: async () => {
      if (!outbox) return [];
      const results = await flushOutbox(outbox, send, { force: true });
      refresh();
      setVersion((v) => v + 1);
      return results;
    },
    discard: (key) => {
      outbox?.remove(key);
      refresh();
    },
  };
}
