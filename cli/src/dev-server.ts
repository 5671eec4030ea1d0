import { fileURLToPath, pathToFileURL } from "node:url";

/** The local server's types come from the script's own declaration file (scripts/dev-server.d.mts). */
export type { DevServer } from "../../scripts/dev-server.mjs";
type DevServerModule = typeof import("../../scripts/dev-server.mjs");

/** scripts/dev-server.mjs at the repository root (the demo and the e2e test start it). */
export const DEV_SERVER_SCRIPT = fileURLToPath(new URL("../../scripts/dev-server.mjs", import.meta.url));

/** Loads the dev-server script: imported by URL at run time, so the CLI never bundles it. */
export async function loadDevServer(): Promise<DevServerModule> {
  return (await import(pathToFileURL(DEV_SERVER_SCRIPT).href)) as DevServerModule;
}
