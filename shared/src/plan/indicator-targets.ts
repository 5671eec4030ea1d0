/**
 * The plan's other indicators held against their targets (DOMAIN "Other plan indicators"): qualification
 * courses and internships per calendar year, and the share of teachers taking part in the plan's events.
 * Region targets, data beside the stage targets: the region may change them (PUT /api/targets/indicators),
 * the plan's values are the default.
 */
export interface IndicatorTargets {
  /** Teachers whose last qualification course falls in the calendar year ("2026": 595). */
  courses: Record<string, number>;
  /** Teachers doing an internship in a leading kindergarten in the calendar year. */
  internships: Record<string, number>;
  /** Share of teachers taking part in the plan's events (0.7 = 70%). */
  eventParticipation: number;
}

/** The plan's values: courses 595 / 510 / 550 and internships 25 / 30 / 35 in 2026 / 2027 / 2028, events 70%. */
export const PLAN_INDICATOR_TARGETS: Readonly<IndicatorTargets> = {
  courses: { "2026": 595, "2027": 510, "2028": 550 },
  internships: { "2026": 25, "2027": 30, "2028": 35 },
  eventParticipation: 0.7,
};

/** Count, target and what is left of one indicator; count null when no roster had its column ("no data"). */
export interface IndicatorProgress {
  count: number | null;
  target: number;
  /** max(0, target − count); null with no data. */
  left: number | null;
}

/** A count against a target: what is left, never below 0; no data stays no data. */
export function indicatorProgress(
  indicator: { count: number; covered: number },
  target: number,
): IndicatorProgress {
  if (indicator.covered === 0) return { count: null, target, left: null };
  return { count: indicator.count, target, left: Math.max(0, target - indicator.count) };
}

/**
 * The event-participation target as teachers: ceil(share × teachers with data) − those who took part,
 * never below 0; null with no data.
 */
export function eventParticipationLeft(
  indicator: { count: number; covered: number },
  share: number,
): number | null {
  if (indicator.covered === 0) return null;
  const wanted = Math.ceil(Math.round(share * indicator.covered * 1e9) / 1e9);
  return Math.max(0, wanted - indicator.count);
}
