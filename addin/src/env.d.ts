/** The add-in's version from addin/package.json, injected by vite.config.ts. */
declare const __SAPA_VERSION__: string;
