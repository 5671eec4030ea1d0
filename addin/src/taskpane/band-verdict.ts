import type { StageLine } from "@sapa/shared";

/** Where a stage total stands against its band. */
export type BandVerdict = "below" | "within" | "above";

/**
 * Within the band or above it is good news (more teachers hold the categories than the plan asks);
 * only below it is behind. Shown in the warning colour only when "below".
 */
export function bandVerdict(
  total: Pick<StageLine, "actual"> & { withinBand: boolean },
  band: { min: number; max: number },
): BandVerdict {
  if (total.withinBand) return "within";
  return total.actual > band.max ? "above" : "below";
}
