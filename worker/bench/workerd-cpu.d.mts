/** Types of bench/workerd-cpu.mjs for TypeScript callers (its tests). */

/** A V8 CPU profile as the inspector's Profiler.stop gives it (the fields read here). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export function busyMilliseconds(profile: CpuProfile): number;
export function profileShares(profile: CpuProfile): { name: string; share: number }[];
export function workerThreadCpuMs(groupId: number): number | null;
export function workerdProcessCpuMs(groupId: number): number | null;
export function workerdMainThreadCpuMs(
  matches: (process: { pgrp: number; ppid: number; cmdline: () => string }) => boolean,
): number | null;
