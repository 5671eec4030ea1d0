import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { WorkerApp } from "../../client/test/worker-app.ts";

/**
 * The worker app served over loopback HTTP on a free port, so `sapa` runs with its own transport end to end
 * (without starting wrangler dev). `close` stops the listener (the worker app is the caller's to stop).
 */
export async function serveWorkerOverHttp(
  worker: WorkerApp,
): Promise<{ server: string; close: () => Promise<void> }> {
  const http = createServer((req, res) => {
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
  return {
    server: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
