/** Types of bench/workerd-handler.mjs for TypeScript callers (its test). */

export interface HandlerCpu {
  /** The least of the series, less carrying the body (ms of the thread's CPU time). */
  perRequest: number;
  perRequestMedian: number;
  /** A health check's least. */
  perHealth: number;
  /** Carrying the body to the worker and dropping it, the least. */
  perDrain: number;
}

export function workerdHandlerCpu(options: {
  rosters: Record<string, Uint8Array[]>;
  district: string;
  regionKey: { keyId: string; publicKey: string };
  runs?: number;
}): Promise<Record<string, HandlerCpu> | null>;
