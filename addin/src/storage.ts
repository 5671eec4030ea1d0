import type { KeyValueStore } from "./settings.ts";

/**
 * localStorage (settings and the outbox, as the pane keeps them), or a memory store where the browser
 * forbids it (private windows of some browsers): then nothing survives a reload.
 */
export function browserStorage(): KeyValueStore {
  try {
    const probe = "sapa.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const map = new Map<string, string>();
    return {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    };
  }
}
