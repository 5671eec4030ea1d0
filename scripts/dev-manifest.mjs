// The manifest to sideload for `npm start`. manifest.xml names https://localhost:3000; a server started on
// another PORT gets a copy naming its own origin, written beside the pane it serves (addin/dist, as
// `npm run manifest` writes a deployment's), one file per port: two servers of one checkout keep theirs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_ORIGIN, manifestFor } from "./manifest-for.mjs";
import { repoRoot } from "./dev-cert.mjs";

/** The path of the manifest whose URLs are https://localhost:`port`: manifest-PORT.xml in `dir`, but for 3000. */
export function devManifest(port, { dir = join(repoRoot, "addin", "dist") } = {}) {
  const manifest = join(repoRoot, "manifest.xml");
  const origin = `https://localhost:${port}`;
  if (origin === DEV_ORIGIN) return manifest;
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `manifest-${port}.xml`);
  writeFileSync(out, manifestFor(readFileSync(manifest, "utf8"), origin));
  return out;
}
