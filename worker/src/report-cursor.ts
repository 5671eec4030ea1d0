import { AcademicYearSchema, isDistrictId, type AcademicYear, type DistrictId } from "@sapa/shared";

/**
 * Where the next page of a report list starts: the listing it belongs to (year, and the one district it is
 * limited to or null for all) and the first entry to give (a district and a position in its list).
 */
export interface ReportCursor {
  year: AcademicYear;
  scope: DistrictId | null;
  district: DistrictId;
  position: number;
}

const VERSION = "c1";

/** The cursor as opaque base64url text. */
export function encodeCursor(c: ReportCursor): string {
  const text = [VERSION, c.year, c.scope ?? "*", c.district, String(c.position)].join("|");
  return btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** A cursor decoded, or null when the text is not one this server made (the caller answers 400). */
export function decodeCursor(text: string): ReportCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let decoded: string;
  try {
    decoded = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    return null;
  }
  const [version, year, scope, district, position, ...rest] = decoded.split("|");
  if (version !== VERSION || rest.length > 0 || year === undefined || scope === undefined) return null;
  if (district === undefined || position === undefined) return null;
  if (!AcademicYearSchema.safeParse(year).success) return null;
  if (scope !== "*" && !isDistrictId(scope)) return null;
  if (!isDistrictId(district) || !/^(0|[1-9]\d{0,8})$/.test(position)) return null;
  return { year, scope: scope === "*" ? null : scope, district, position: Number(position) };
}
