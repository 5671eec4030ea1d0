import { ApiError, OUTBOX_RETRY, backoffMs as policyBackoffMs, newIdempotencyKey } from "@sapa/client";
import type { DistrictId, RegionPublicKey } from "@sapa/shared";
import type { KeyValueStore } from "../settings.ts";
import type { Receipt, SubmissionBody } from "./client.ts";

/** A submission written to storage before it is sent, kept until the server has answered for it. */
export interface OutboxEntry {
  /** The Idempotency-Key: the same on every attempt, so a retry can never make a second revision. */
  key: string;
  createdAt: string;
  body: SubmissionBody;
  attempts: number;
  /** pending: retried automatically; blocked: waits for the user (token, district or locked year). */
  state: "pending" | "blocked";
  /** Epoch ms of the next automatic attempt. */
  nextAttemptAt: number;
  lastError: { status: number; code: string; message: string } | null;
  /**
   * The region key the rows are sealed to: once the server accepts the entry, the pane trusts that key
   * (rememberAcceptedKey). Absent in entries queued by older panes.
   */
  sealedTo?: RegionPublicKey;
}

export type DeliveryResult =
  | { kind: "sent"; entry: OutboxEntry; receipt: Receipt }
  | { kind: "pending"; entry: OutboxEntry; error: ApiError }
  | { kind: "blocked"; entry: OutboxEntry; error: ApiError }
  | { kind: "rejected"; entry: OutboxEntry; error: ApiError }
  | { kind: "in-flight"; entry: OutboxEntry };

export type Send = (body: SubmissionBody, idempotencyKey: string) => Promise<Receipt>;

const PREFIX = "sapa.outbox.v1:";
/** Keys being sent right now by this pane: a timer and a click must not send one entry twice at once. */
const inFlight = new Set<string>();

/** Statuses the user must act on before a retry can help (new token, right district, year unlocked). */
const BLOCKING = new Set([401, 403, 409]);

/** Delay before automatic attempt n (1-based): the client's outbox policy, 5 s, 10 s, 20 s … up to 5 minutes. */
export function backoffMs(attempts: number, retryAfterSeconds: number | null = null): number {
  return policyBackoffMs(attempts, retryAfterSeconds, OUTBOX_RETRY);
}

/** The submissions waiting for one server and one district, kept in the add-in's storage. */
export class Outbox {
  readonly storageKey: string;
  /** Entries that could not be written to storage (quota): kept in memory for this session. */
  private memoryOnly: OutboxEntry[] | null = null;

  constructor(
    private readonly store: KeyValueStore,
    serverUrl: string,
    district: DistrictId,
  ) {
    this.storageKey = `${PREFIX}${serverUrl.replace(/\/+$/, "")}|${district}`;
  }

  /** False when the last write did not fit in storage: the entries survive only while the pane is open. */
  get persisted(): boolean {
    return this.memoryOnly === null;
  }

  list(): OutboxEntry[] {
    if (this.memoryOnly) return this.memoryOnly.map((e) => ({ ...e }));
    try {
      const parsed = JSON.parse(this.store.getItem(this.storageKey) ?? "[]") as unknown;
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]).filter((e) => typeof e?.key === "string") : [];
    } catch {
      return [];
    }
  }

  /**
   * Stores a new submission under a fresh Idempotency-Key before anything is sent. It replaces a submission
   * of the same academic year still waiting here (pressed twice offline, or corrected meanwhile): the newer
   * roster is what the district sends, and one waiting entry makes one revision, not two. One being sent
   * right now stays: whatever the server makes of it, the newer one follows.
   */
  add(
    body: SubmissionBody,
    {
      now = Date.now(),
      key = newIdempotencyKey(),
      sealedTo,
    }: { now?: number; key?: string; sealedTo?: RegionPublicKey } = {},
  ): OutboxEntry {
    const entry: OutboxEntry = {
      ...(sealedTo === undefined
        ? {}
        : { sealedTo: { keyId: sealedTo.keyId, publicKey: sealedTo.publicKey } }),
      key,
      createdAt: new Date(now).toISOString(),
      body,
      attempts: 0,
      state: "pending",
      nextAttemptAt: now,
      lastError: null,
    };
    const others = this.list().filter((e) => e.body.year !== body.year || inFlight.has(e.key));
    this.write([...others, entry]);
    return entry;
  }

  update(entry: OutboxEntry): void {
    this.write(this.list().map((e) => (e.key === entry.key ? entry : e)));
  }

  remove(key: string): void {
    this.write(this.list().filter((e) => e.key !== key));
  }

  private write(entries: OutboxEntry[]): void {
    try {
      if (entries.length === 0) this.store.removeItem(this.storageKey);
      else this.store.setItem(this.storageKey, JSON.stringify(entries));
      this.memoryOnly = null;
    } catch {
      // Storage full (a very large roster): keep the entries for this session rather than lose them.
      this.memoryOnly = entries.map((e) => ({ ...e }));
    }
  }
}

/**
 * Sends one entry with its own Idempotency-Key. Success removes it; a network failure, 5xx, 429 or a body
 * that arrived cut off (400 body-incomplete) keeps it pending with a backoff; 401/403/409 keep it blocked
 * until the user acts; other refusals (400, 413, 422) remove it, since the same data would be refused again.
 */
export async function deliver(
  outbox: Outbox,
  entry: OutboxEntry,
  send: Send,
  now = Date.now(),
): Promise<DeliveryResult> {
  if (inFlight.has(entry.key)) return { kind: "in-flight", entry };
  inFlight.add(entry.key);
  try {
    const receipt = await send(entry.body, entry.key);
    outbox.remove(entry.key);
    return { kind: "sent", entry, receipt };
  } catch (caught) {
    const error =
      caught instanceof ApiError
        ? caught
        : new ApiError({ status: 0, code: "network", message: String(caught), cause: caught });
    const attempts = entry.attempts + 1;
    const lastError = { status: error.status, code: error.code, message: error.message };
    if (error.retryable) {
      const next = {
        ...entry,
        attempts,
        lastError,
        state: "pending" as const,
        nextAttemptAt: now + backoffMs(attempts, error.retryAfterSeconds),
      };
      outbox.update(next);
      return { kind: "pending", entry: next, error };
    }
    if (BLOCKING.has(error.status)) {
      const next = {
        ...entry,
        attempts,
        lastError,
        state: "blocked" as const,
        nextAttemptAt: Number.MAX_SAFE_INTEGER,
      };
      outbox.update(next);
      return { kind: "blocked", entry: next, error };
    }
    outbox.remove(entry.key);
    return { kind: "rejected", entry: { ...entry, attempts, lastError }, error };
  } finally {
    inFlight.delete(entry.key);
  }
}

/**
 * Sends every entry that is due (all of them, blocked ones included, when `force` — the user's "Retry now"),
 * one after another, oldest first.
 */
export async function flushOutbox(
  outbox: Outbox,
  send: Send,
  { now = Date.now(), force = false }: { now?: number; force?: boolean } = {},
): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const entry of outbox.list()) {
    if (!force && (entry.state === "blocked" || entry.nextAttemptAt > now)) continue;
    results.push(await deliver(outbox, entry, send, now));
  }
  return results;
}

/** Milliseconds until the earliest automatic retry, or null when nothing is pending. */
export function nextRetryIn(outbox: Outbox, now = Date.now()): number | null {
  const due = outbox
    .list()
    .filter((e) => e.state === "pending")
    .map((e) => e.nextAttemptAt);
  return due.length ? Math.max(0, Math.min(...due) - now) : null;
}
