/**
 * The same person in two or more districts (issue 11 §3). The ИИН key inside each sealed identity is an
 * HMAC under the region's ИИН secret (crypto/iin-key.ts), so one teacher has one key in every district;
 * only the region, after opening the rows with its key, can match them. The server cannot: it sees only
 * per-submission tags that link nothing across districts.
 */
import { DISTRICT_IDS, type DistrictId } from "../types.ts";
import type { SubmissionRow } from "../api/schemas.ts";

/** What the match needs of an opened row: who, where, in which row of the district's roster. */
export type PersonRow = Pick<SubmissionRow, "row" | "fullName" | "iinKey" | "organization" | "category">;

/** A row as the region read it: opened, or its identity did not open (row-seal.ts OpenedRow). */
export type ReadRow = { ok: true; row: PersonRow } | { ok: false; row: number; code: "tampered" };

/** One district's newest revision, its rows opened. */
export interface DistrictRows {
  district: DistrictId;
  revision: number;
  rows: readonly ReadRow[];
}

/** One row that carries a person's ИИН key. */
export interface PersonOccurrence {
  district: DistrictId;
  revision: number;
  organization: string;
  fullName: string;
  category: SubmissionRow["category"];
  row: number;
}

/** A person listed in two or more districts: every row that carries the key, in region order then by row. */
export interface CrossDistrictPerson {
  iinKey: string;
  occurrences: PersonOccurrence[];
}

/** How each district's rows were read: nothing is dropped without being counted here. */
export interface DistrictReading {
  district: DistrictId;
  revision: number;
  rows: number;
  /** Rows whose identity opened and carry an ИИН key: these were matched. */
  matched: number;
  /** Opened rows without an ИИН key (no ИИН in the roster): they cannot be matched. */
  withoutIinKey: number;
  /** Row numbers whose identity did not open (altered, or sealed wrongly). */
  tampered: number[];
}

export interface CrossDistrictDuplicates {
  /** Sorted by name (the first occurrence's, code-unit order), then by key. */
  people: CrossDistrictPerson[];
  /** In region order of districts. */
  districts: DistrictReading[];
  /** Totals over `districts`. */
  tampered: number;
  withoutIinKey: number;
}

const rank = (d: DistrictId) => DISTRICT_IDS.indexOf(d);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every ИИН key present in two or more districts, with each of its rows (one revision per district). A key
 * repeated within one district only is not listed (that is the district's own duplicate check). Rows that
 * did not open and rows without a key are counted per district, never matched.
 */
export function crossDistrictDuplicates(input: readonly DistrictRows[]): CrossDistrictDuplicates {
  const sorted = [...input].sort((a, b) => rank(a.district) - rank(b.district));
  const byKey = new Map<string, PersonOccurrence[]>();
  const districts: DistrictReading[] = [];
  for (const d of sorted) {
    const reading: DistrictReading = {
      district: d.district,
      revision: d.revision,
      rows: d.rows.length,
      matched: 0,
      withoutIinKey: 0,
      tampered: [],
    };
    for (const r of d.rows) {
      if (!r.ok) {
        reading.tampered.push(r.row);
        continue;
      }
      const { iinKey, fullName, organization, category, row } = r.row;
      if (iinKey === null) {
        reading.withoutIinKey++;
        continue;
      }
      reading.matched++;
      const occurrence = {
        district: d.district,
        revision: d.revision,
        organization,
        fullName,
        category,
        row,
      };
      const list = byKey.get(iinKey);
      if (list === undefined) byKey.set(iinKey, [occurrence]);
      else list.push(occurrence);
    }
    reading.tampered.sort((a, b) => a - b);
    districts.push(reading);
  }
  const people: CrossDistrictPerson[] = [];
  for (const [iinKey, occurrences] of byKey) {
    if (new Set(occurrences.map((o) => o.district)).size < 2) continue;
    occurrences.sort((a, b) => rank(a.district) - rank(b.district) || a.row - b.row);
    people.push({ iinKey, occurrences });
  }
  people.sort(
    (a, b) =>
      compareText(a.occurrences[0]!.fullName, b.occurrences[0]!.fullName) || compareText(a.iinKey, b.iinKey),
  );
  return {
    people,
    districts,
    tampered: districts.reduce((n, d) => n + d.tampered.length, 0),
    withoutIinKey: districts.reduce((n, d) => n + d.withoutIinKey, 0),
  };
}
