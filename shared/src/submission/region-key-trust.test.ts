import type { RegionPublicKey } from "../crypto/region-key.ts";
import { regionKeyTrustCases } from "../../testing/region-key-trust-cases.ts";

// The policy against the simplest storage; the pane and the CLI run the same cases against theirs.
regionKeyTrustCases("memory", async () => {
  const saved = new Map<string, string>();
  return {
    open: (server, district) => ({
      read: () => {
        const text = saved.get(`${server}|${district}`);
        return text === undefined ? null : (JSON.parse(text) as RegionPublicKey);
      },
      write: (key) => void saved.set(`${server}|${district}`, JSON.stringify(key)),
    }),
  };
});
