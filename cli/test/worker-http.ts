import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createSapaClient, type SapaClient } from "@sapa/client";
import { startWorkerApp, type WorkerApp } from "../../client/test/worker-app.ts";

/** The real worker app (real local D1) served over loopback HTTP on a free port, for `sapa` in-process. */
export interface ServedWorker {
  worker: WorkerApp;
  /** http://127.0.0.1:PORT */
  server: string;
  /** An API client of this worker with `token` (a dev token: dev-region, dev-<district>), in English. */
  client(token: string): SapaClient;
  stop(): Promise<void>;
}

export async function serveWorkerApp(): Promise<ServedWorker> {
  const worker = await startWorkerApp();
  const http: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const response = await worker.fetch(`http://loopback${req.url}`, { method: req.method, headers, body });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const server = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    worker,
    server,
    client: (token) => createSapaClient({ server, token, lang: "en", fetch: worker.fetch }),
    async stop() {
      await new Promise((resolve) => http.close(resolve));
      await worker.stop();
    },
  };
}
