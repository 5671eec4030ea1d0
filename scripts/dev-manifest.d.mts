/** Types of scripts/dev-manifest.mjs for TypeScript callers (its test). */

/**
 * The manifest to sideload for a local server on `port`: manifest.xml itself for 3000, otherwise a copy
 * naming https://localhost:`port`, written into `dir` (default addin/dist) as manifest-PORT.xml.
 */
export function devManifest(port: number, options?: { dir?: string }): string;
