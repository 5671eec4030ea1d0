/**
 * The zod schemas of the region's indicator targets (PUT /api/targets/indicators and its reply). A file of
 * their own: the targets' data and arithmetic (indicator-targets.ts) are used by every report, and a
 * bundle that only prints figures (the CLI's check) then does not load zod at start-up.
 */
import { z } from "zod";

const byCalendarYear = z.record(z.string().regex(/^\d{4}$/), z.number().int().min(0).max(1_000_000));

export const IndicatorTargetsSchema = z.strictObject({
  courses: byCalendarYear,
  internships: byCalendarYear,
  eventParticipation: z.number().min(0).max(1),
});

/** GET and PUT /api/targets/indicators reply. */
export const IndicatorTargetsReplySchema = z.strictObject({ indicators: IndicatorTargetsSchema });
