/**
 * The region's settings (issue 8 §6): values the regional centre sets so the lists match its attestation
 * rules. Stored by the worker, shown wherever they are used.
 */
import { z } from "zod";
import { DEFAULT_MIN_YEARS_SINCE_AWARD, MAX_MIN_YEARS_SINCE_AWARD } from "../figures/candidates.ts";

export interface RegionSettings {
  /** Whole years since the last award before a teacher is a candidate for the next category. */
  minYearsSinceAward: number;
}

export const DEFAULT_REGION_SETTINGS: Readonly<RegionSettings> = {
  minYearsSinceAward: DEFAULT_MIN_YEARS_SINCE_AWARD,
};

export const MinYearsSinceAwardSchema = z.number().int().min(0).max(MAX_MIN_YEARS_SINCE_AWARD);

/** PUT /api/settings body: the settings to change (the others keep their values). */
export const SettingsPutRequestSchema = z.strictObject({
  minYearsSinceAward: MinYearsSinceAwardSchema.optional(),
});
export type SettingsPutRequest = z.infer<typeof SettingsPutRequestSchema>;

/** GET and PUT /api/settings reply: every setting with its value (the default where never set). */
export const SettingsSchema = z.strictObject({
  settings: z.strictObject({ minYearsSinceAward: MinYearsSinceAwardSchema }),
});
export type SettingsReply = z.infer<typeof SettingsSchema>;
