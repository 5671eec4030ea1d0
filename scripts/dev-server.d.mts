/** Types of scripts/dev-server.mjs for TypeScript callers (CLI and add-in end-to-end tests, benches). */

export interface DevServerOptions {
  /** Loopback port (default 3000). */
  port?: number;
  /** Where the local D1 lives (default worker/.wrangler/state); tests pass a temporary directory. */
  persistDir?: string;
  /** Keep wrangler's output to yourself (it is shown if the start fails). */
  quiet?: boolean;
  /** Rebuild and reload when sources change (npm start); default false: one fixed build. */
  watch?: boolean;
  /** How long to wait for GET /api/health (default 90 s). */
  timeoutMs?: number;
  /** Hears everything wrangler and the worker print. */
  onOutput?: (text: string) => void;
  /** Publish the development region key in the seed (default true); false starts with no region key. */
  publishDevKey?: boolean;
}

export interface DevServer {
  /** https://localhost:PORT */
  url: string;
  port: number;
  /** PID (and process-group id) of the wrangler process. */
  pid: number;
  /** Loopback port of the worker isolate's DevTools inspector (CPU profiles of the worker itself). */
  inspectorPort: number;
  /** The development CA that clients must trust (.certs/dev-ca.pem). */
  caPath: string;
  persistDir: string;
  /** Development tokens: region "dev-region", districts "dev-<id>". */
  tokens: { region: string; districts: Record<string, string> };
  /** The development region key: its key file (.certs/dev-region-key.json), passphrase and id. */
  regionKey: { path: string; passphrase: string; keyId: string };
  /** Ends exactly the processes this server started. */
  stop(): Promise<void>;
}

/** Starts the local Sapa server (worker + task pane over HTTPS) and resolves once /api/health answers. */
export function startDevServer(options?: DevServerOptions): Promise<DevServer>;
/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number>;
/** Builds the task pane when missing or stale; a placeholder page when it cannot be built. */
export function ensureAddinBuild(options?: {
  log?: (message: string) => void;
}): Promise<"fresh" | "built" | "placeholder" | "stale">;
/** Applies migrations and the dev seed to a local D1 directory unless already done; true when it ran. */
export function prepareLocalDatabase(
  persistDir: string,
  options?: { publishDevKey?: boolean },
): Promise<boolean>;
export const defaultPersistDir: string;
export const wranglerEnv: NodeJS.ProcessEnv;

/** The worker bundled once by wrangler (nothing uploaded) into a private directory the caller removes. */
export function bundleWorker(): Promise<{ entry: string; dir: string }>;
