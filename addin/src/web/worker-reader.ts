/**
 * The page's side of the reader worker (reader-worker.ts): a FileReader that hands each file to the worker
 * and waits for its sheets. The worker starts at the first file and serves every later one. Where it
 * cannot run (a browser without module workers, a worker that fails to load or dies), the file is read on
 * the page's thread by `fallback`, as before the worker: slower to the eye on a large file, never lost.
 */
import type { FileReader, FileSheet } from "./file-port.ts";
import { errorFrom, type ReadReply, type ReaderRequest } from "./reader-protocol.ts";

/** What the reader needs of a Worker (a real one on the page). */
export interface ReaderWorker {
  postMessage(request: ReaderRequest): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ReadReply>) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: Event) => void): void;
  terminate(): void;
}

interface Pending {
  bytes: Uint8Array;
  name: string;
  resolve(sheets: FileSheet[]): void;
  reject(error: unknown): void;
}

export function workerReader(
  start: () => ReaderWorker,
  fallback: () => Promise<FileReader>,
): FileReader & { prepare(): void } {
  let worker: ReaderWorker | null = null;
  let broken = false;
  let warmed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const onThisThread = async (bytes: Uint8Array, name: string) => (await fallback())(bytes, name);

  /** The worker could not serve: every file it holds is read here instead, and so is every later one. */
  const giveUp = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) onThisThread(p.bytes, p.name).then(p.resolve, p.reject);
  };

  const started = (): ReaderWorker | null => {
    if (worker !== null || broken) return worker;
    try {
      worker = start();
    } catch {
      broken = true;
      return null;
    }
    worker.addEventListener("message", (event) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (p === undefined) return;
      pending.delete(reply.id);
      if ("sheets" in reply) p.resolve(reply.sheets);
      else p.reject(errorFrom(reply.error));
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      giveUp();
    });
    worker.addEventListener("messageerror", giveUp);
    return worker;
  };

  const read: FileReader = (bytes, name) => {
    const w = started();
    if (w === null) return onThisThread(bytes, name);
    return new Promise<FileSheet[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { bytes, name, resolve, reject });
      // The bytes are copied, not transferred: should the worker fail, they are still here to read.
      w.postMessage({ kind: "read", id, bytes, name });
    });
  };
  // The worker and its reader loaded while the user picks the file (the first file is read no later than
  // on the page, where nothing has to start).
  const prepare = () => {
    if (warmed) return;
    warmed = true;
    started()?.postMessage({ kind: "warm" });
  };
  return Object.assign(read, { prepare });
}
