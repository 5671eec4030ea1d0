import { fileURLToPath, pathToFileURL } from "node:url";

/** What scripts/dev-server.mjs gives back (the worker helper's local server). */
export interface DevServer {
  url: string;
  port: number;
  pid: number;
  caPath: string;
  persistDir: string;
  tokens: { region: string; districts: Record<string, string> };
  stop: () => Promise<void>;
}

export interface DevServerModule {
  startDevServer(options?: {
    port?: number;
    persistDir?: string;
    quiet?: boolean;
    timeoutMs?: number;
  }): Promise<DevServer>;
  freePort(): Promise<number>;
}

/** scripts/dev-server.mjs at the repository root (the worker helper owns it; the demo and the e2e test start it). */
export const DEV_SERVER_SCRIPT = fileURLToPath(new URL("../../scripts/dev-server.mjs", import.meta.url));

/** Loads the dev-server script (plain JS, so it is imported by URL and typed here). */
export async function loadDevServer(): Promise<DevServerModule> {
  return (await import(pathToFileURL(DEV_SERVER_SCRIPT).href)) as DevServerModule;
}
