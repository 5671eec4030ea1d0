import { generateRegionKeyPair, sealSubmission } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import type { KeyValueStore } from "../settings.ts";
import { ApiError, type Receipt, type SubmissionBody } from "./client.ts";
import { backoffMs, deliver, flushOutbox, nextRetryIn, Outbox } from "./outbox.ts";
import { apiError } from "../../test/api-error.ts";

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const body: SubmissionBody = await sealSubmission(
  {
    district: "alga",
    year: "2025-2026",
    asOf: "2025-10-01",
    columns: ["fullName", "organization", "education", "category"],
    rows: [
      {
        row: 2,
        fullName: "Ахметова Айгүл",
        organization: "№1 балабақша",
        education: "higher",
        category: "expert",
        iinKey: null,
        position: null,
        categoryDate: "2025-10-15",
        categoryDateYearOnly: false,
        experienceYears: 12,
        lastCourseDate: null,
        mentor: null,
        internship: null,
        eventParticipation: null,
      },
    ],
  },
  await generateRegionKeyPair(),
);

/** A stand-in for the server's idempotency: one revision per key, the first receipt for a repeated key. */
function idempotentServer(failuresBeforeSuccess: ApiError[]) {
  const calls: string[] = [];
  const receipts = new Map<string, Receipt>();
  let revision = 0;
  const send = async (_b: SubmissionBody, key: string): Promise<Receipt> => {
    calls.push(key);
    const failure = failuresBeforeSuccess.shift();
    if (failure) throw failure;
    const existing = receipts.get(key);
    if (existing) return existing;
    const receipt = {
      id: `s${++revision}`,
      district: "alga",
      year: "2025-2026",
      revision,
      receivedAt: "2025-10-01T10:00:00Z",
    } as Receipt;
    receipts.set(key, receipt);
    return receipt;
  };
  return { send, calls, revisions: () => revision };
}

describe("Outbox", () => {
  it("keeps a submission in storage before sending, under a key per server and district", () => {
    const store = memoryStore();
    const alga = new Outbox(store, "https://localhost:3000/", "alga");
    const temir = new Outbox(store, "https://localhost:3000", "temir");
    const entry = alga.add(body, { now: 1000 });
    expect(new Outbox(store, "https://localhost:3000", "alga").list()).toEqual([entry]);
    expect(temir.list()).toEqual([]);
    expect([...store.map.keys()]).toEqual(["sapa.outbox.v1:https://localhost:3000|alga"]);
    expect(entry.key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps one waiting submission per academic year: the newer replaces the one still waiting, one revision sent", async () => {
    const outbox = new Outbox(memoryStore(), "https://s", "alga");
    const first = outbox.add(body, { now: 0 });
    const again = outbox.add(body, { now: 1 });
    const nextYear = outbox.add({ ...body, year: "2026-2027" }, { now: 2 });
    expect(outbox.list().map((e) => e.key)).toEqual([again.key, nextYear.key]);
    expect(first.key).not.toBe(again.key);
    const server = idempotentServer([]);
    await flushOutbox(outbox, server.send, { now: 10 });
    expect(server.calls).toEqual([again.key, nextYear.key]);
    expect(outbox.list()).toEqual([]);
  });

  it("keeps a waiting submission that is being sent when a newer one of its year is added", async () => {
    const outbox = new Outbox(memoryStore(), "https://s", "alga");
    const server = idempotentServer([]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = outbox.add(body, { now: 0 });
    const sending = flushOutbox(outbox, async (b, key) => (await gate, server.send(b, key)), { now: 0 });
    const newer = outbox.add(body, { now: 1 });
    expect(outbox.list().map((e) => e.key)).toEqual([first.key, newer.key]);
    release();
    await sending;
    await flushOutbox(outbox, server.send, { now: 10 });
    expect(server.calls).toEqual([first.key, newer.key]);
    expect(outbox.list()).toEqual([]);
  });

  it("retries a network failure and a 503 with the same Idempotency-Key and makes one revision", async () => {
    const store = memoryStore();
    const outbox = new Outbox(store, "https://s", "alga");
    const server = idempotentServer([
      apiError(0, "network", "Failed to fetch"),
      apiError(503, "http-503", "down"),
    ]);
    const entry = outbox.add(body, { now: 0 });

    const first = await flushOutbox(outbox, server.send, { now: 0 });
    expect(first.map((r) => r.kind)).toEqual(["pending"]);
    expect(outbox.list()[0]).toMatchObject({
      key: entry.key,
      attempts: 1,
      state: "pending",
      nextAttemptAt: 5_000,
    });

    // Not due yet: nothing is sent.
    expect(await flushOutbox(outbox, server.send, { now: 4_999 })).toEqual([]);
    expect(nextRetryIn(outbox, 4_000)).toBe(1_000);

    const second = await flushOutbox(outbox, server.send, { now: 5_000 });
    expect(second[0]?.kind).toBe("pending");
    expect(outbox.list()[0]?.nextAttemptAt).toBe(5_000 + 10_000);

    const third = await flushOutbox(outbox, server.send, { now: 15_000 });
    expect(third[0]?.kind).toBe("sent");
    expect(outbox.list()).toEqual([]);
    expect(store.map.size).toBe(0);

    // Flushing again sends nothing more.
    expect(await flushOutbox(outbox, server.send, { now: 99_999, force: true })).toEqual([]);
    expect(server.calls).toEqual([entry.key, entry.key, entry.key]);
    expect(server.revisions()).toBe(1);
  });

  it("never sends one entry twice at once (a timer and a click racing)", async () => {
    const outbox = new Outbox(memoryStore(), "https://s", "alga");
    const server = idempotentServer([]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slowSend = async (b: SubmissionBody, key: string) => {
      await gate;
      return server.send(b, key);
    };
    outbox.add(body, { now: 0 });
    const a = flushOutbox(outbox, slowSend, { now: 0 });
    const b = flushOutbox(outbox, slowSend, { now: 0, force: true });
    release();
    const kinds = [...(await a), ...(await b)].map((r) => r.kind).sort();
    expect(kinds).toEqual(["in-flight", "sent"]);
    expect(server.calls).toHaveLength(1);
  });

  it("blocks on 401/403/409 until the user retries, and drops what the server refuses for good", async () => {
    const outbox = new Outbox(memoryStore(), "https://s", "alga");
    const server = idempotentServer([
      apiError(401, "token-invalid", "bad token"),
      apiError(422, "roster-has-errors", "errors", { problems: [] }),
    ]);
    const entry = outbox.add(body, { now: 0 });
    expect((await flushOutbox(outbox, server.send, { now: 0 }))[0]?.kind).toBe("blocked");
    // Automatic retries skip a blocked entry, however late it is.
    expect(await flushOutbox(outbox, server.send, { now: 10 ** 12 })).toEqual([]);
    expect(nextRetryIn(outbox)).toBeNull();
    const forced = await flushOutbox(outbox, server.send, { now: 1, force: true });
    expect(forced[0]?.kind).toBe("rejected");
    expect(outbox.list()).toEqual([]);
    expect(server.calls).toEqual([entry.key, entry.key]);
  });

  it("keeps a submission whose body arrived cut off (400 body-incomplete) and sends it again, once accepted", async () => {
    const outbox = new Outbox(memoryStore(), "https://s", "alga");
    const server = idempotentServer([apiError(400, "body-incomplete", "Данные дошли не полностью")]);
    const entry = outbox.add(body, { now: 0 });
    const [first] = await flushOutbox(outbox, server.send, { now: 0 });
    // The connection failed, not the data: pending with a backoff, never dropped as a refusal.
    expect(first?.kind).toBe("pending");
    expect(outbox.list()).toHaveLength(1);
    const [second] = await flushOutbox(outbox, server.send, { now: 10 ** 12 });
    expect(second?.kind).toBe("sent");
    expect(outbox.list()).toEqual([]);
    expect(server.calls).toEqual([entry.key, entry.key]);
  });

  it("honours Retry-After on 429", async () => {
    const outbox = new Outbox(memoryStore(), "https://s", "alga");
    const server = idempotentServer([apiError(429, "rate-limited", "slow down", undefined, 60)]);
    outbox.add(body, { now: 0 });
    const [result] = await flushOutbox(outbox, server.send, { now: 0 });
    expect(result?.kind).toBe("pending");
    expect(outbox.list()[0]?.nextAttemptAt).toBe(60_000);
  });

  it("keeps entries in memory when storage is full, instead of losing them", async () => {
    const store = memoryStore();
    store.setItem = () => {
      throw new DOMException("quota", "QuotaExceededError");
    };
    const outbox = new Outbox(store, "https://s", "alga");
    const entry = outbox.add(body, { now: 0 });
    expect(outbox.persisted).toBe(false);
    expect(outbox.list().map((e) => e.key)).toEqual([entry.key]);
    const server = idempotentServer([]);
    expect((await deliver(outbox, outbox.list()[0]!, server.send, 0)).kind).toBe("sent");
    expect(outbox.list()).toEqual([]);
  });

  it("backs off exponentially up to five minutes", () => {
    expect([1, 2, 3, 4, 7, 20].map((n) => backoffMs(n))).toEqual([
      5_000, 10_000, 20_000, 40_000, 300_000, 300_000,
    ]);
  });
});
