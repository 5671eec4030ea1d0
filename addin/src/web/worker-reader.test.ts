/**
 * The page's side of the reader worker, against a stand-in worker that answers as reader-worker.ts does
 * (with the real reader), dies, or never starts: each read resolves once, with its own file's sheets, and a
 * read the worker cannot finish is read on this thread instead. A real worker in Chromium: web.e2e.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "@sapa/client/files/read";
import { errorData, type ReadReply, type ReaderRequest } from "./reader-protocol.ts";
import { workerReader, type ReaderWorker } from "./worker-reader.ts";

const corpus = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../cli/test/fixtures/writers/${name}`, import.meta.url)));

/** A worker on this thread: answers reads with readWorkbook (after `delay` ms), or is told to fail. */
function standIn(delay = 0) {
  const listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [], messageerror: [] };
  const requests: ReaderRequest[] = [];
  let dead = false;
  const emit = (type: string, event: object) => {
    for (const l of listeners[type]!) l(event as never);
  };
  const worker: ReaderWorker = {
    postMessage(request) {
      requests.push(structuredClone(request));
      if (request.kind !== "read") return;
      const { id, bytes, name } = request;
      setTimeout(() => {
        if (dead) return;
        readWorkbook(bytes, name).then(
          (sheets) => !dead && emit("message", { data: structuredClone({ id, sheets } satisfies ReadReply) }),
          (error: unknown) => !dead && emit("message", { data: { id, error: errorData(error) } }),
        );
      }, delay);
    },
    addEventListener(type: string, listener: (event: never) => void) {
      listeners[type]!.push(listener);
    },
    terminate() {
      dead = true;
    },
  };
  return {
    worker,
    requests,
    die: () => emit("error", { preventDefault() {} }),
  };
}

let pageReads = 0;
const onPage = async () => {
  pageReads++;
  return readWorkbook;
};

/** A reader on a stand-in worker, counting the workers it starts and the files it reads on the page. */
function counted(w: ReturnType<typeof standIn>) {
  let started = 0;
  const before = pageReads;
  const read = workerReader(() => {
    started++;
    return w.worker;
  }, onPage);
  return { w, read, starts: () => started, pageReadsSince: () => pageReads - before };
}

describe("the reader worker, from the page", () => {
  it("reads each file in the worker, two at once each to its own, and the worker's refusal keeps its words", async () => {
    const { w, read, starts, pageReadsSince } = counted(standIn());
    const [merged, csv] = await Promise.all([
      read(corpus("libreoffice-merged-org.xlsx"), "libreoffice-merged-org.xlsx"),
      read(corpus("export-semicolon-bom.csv"), "export-semicolon-bom.csv"),
    ]);
    expect(merged).toEqual(await readWorkbook(corpus("libreoffice-merged-org.xlsx"), "x.xlsx"));
    expect(csv.map((s) => s.name)).toEqual(["CSV"]);
    const refused = await read(corpus("password.xlsx"), "password.xlsx").catch((e: unknown) => e);
    expect((refused as { text: { kk: string } }).text.kk).toMatch(
      /^Файл құпия сөзбен қорғалған: password\.xlsx/,
    );
    expect((refused as Error).name).toBe("FileReadError");
    expect([starts(), pageReadsSince()]).toEqual([1, 0]);
    expect(w.requests.map((r) => (r.kind === "read" ? r.id : r.kind))).toEqual([1, 2, 3]);
  });

  it("warms once, however often the user reaches for a file", () => {
    const w = standIn();
    const read = workerReader(() => w.worker, onPage);
    read.prepare();
    read.prepare();
    expect(w.requests).toEqual([{ kind: "warm" }]);
  });

  it("reads on the page every file the worker held when it died, and every file after", async () => {
    const { w, read, starts, pageReadsSince } = counted(standIn(50));
    const pending = Promise.all([
      read(corpus("openpyxl-merged-org.xlsx"), "openpyxl-merged-org.xlsx"),
      read(corpus("export-comma.csv"), "export-comma.csv"),
    ]);
    w.die();
    const [merged, csv] = await pending;
    expect(merged).toEqual(await readWorkbook(corpus("openpyxl-merged-org.xlsx"), "x.xlsx"));
    expect(csv.map((s) => s.name)).toEqual(["CSV"]);
    await read(corpus("export-comma.csv"), "export-comma.csv");
    expect([starts(), pageReadsSince()]).toEqual([1, 3]);
  });

  it("reads on the page where no worker starts", async () => {
    const before = pageReads;
    const read = workerReader(() => {
      throw new Error("Worker is not defined");
    }, onPage);
    read.prepare();
    const sheets = await read(corpus("export-comma.csv"), "export-comma.csv");
    expect(sheets[0]!.grid.values.length).toBeGreaterThan(1);
    expect(pageReads - before).toBe(1);
  });
});
