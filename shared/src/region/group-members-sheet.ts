/**
 * A group's member list as the regional centre keeps it in a sheet: one organisation a row, a district
 * column and an organisation column (Kazakh or Russian headers, a title row or two may sit above).
 */
import { cellText, compactText, isBlankCell } from "../roster/cells.ts";
import { DISTRICTS } from "../plan/districts.ts";
import type { GroupMember } from "./groups.ts";
import { columnLetter, foldHeader, gridOrigin, headerField, HEADER_SEARCH_ROWS } from "../roster/headers.ts";
import type { DistrictId, GridInput, Problem } from "../types.ts";

/** Headers of the district column. */
export const DISTRICT_HEADERS = [
  "Аудан",
  "Ауданы",
  "Аудан / қала",
  "Аудан (қала)",
  "Аудан атауы",
  "Район",
  "Район / город",
  "Район (город)",
  "Наименование района",
  "District",
] as const;

const districtHeaders = new Set(DISTRICT_HEADERS.map(foldHeader));

// "Алға ауданы", "Алгинский район", "г. Актобе", "Ақтөбе қаласы", "alga", "Алга": the unit words are dropped.
const UNIT_WORDS = /(ауданы|аудан|қаласы|қала|районы|район|город|district|city|^г\.?\s+)/giu;
const districtNames = new Map<string, DistrictId>();
for (const d of DISTRICTS) {
  for (const name of [d.id, d.name.kk, d.name.ru, d.name.en, ...d.aliases]) {
    districtNames.set(compactText(name), d.id);
    districtNames.set(compactText(name.replace(UNIT_WORDS, " ")), d.id);
  }
}

/** The reporting unit a cell names (its id, or its Kazakh, Russian or English name, with or without "ауданы"/"район"), or null. */
export function districtByName(text: string): DistrictId | null {
  return (
    districtNames.get(compactText(text)) ??
    districtNames.get(compactText(text.replace(UNIT_WORDS, " "))) ??
    null
  );
}

export interface GroupMembersRead {
  members: GroupMember[];
  problems: Problem[];
}

function problem(
  code: string,
  row: number,
  column: string | null,
  value: string | null,
  message: Problem["message"],
): Problem {
  return {
    severity: "error",
    code,
    row,
    column,
    field: code === "group-organization-missing" ? "organization" : null,
    value,
    message,
  };
}

/**
 * The members listed on a sheet: the first row (of the first 30) that has both a district and an
 * organisation header is the header; below it every non-blank row is a member. A district that names no
 * unit and an organisation cell left empty are errors with the sheet's row and column; a sheet without
 * the two headers is one error.
 */
export function readGroupMembers(input: GridInput): GroupMembersRead {
  const { firstRow, firstColumn } = gridOrigin(input);
  const rows = input.values;
  let header: { index: number; district: number; organization: number } | null = null;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS) && header === null; r++) {
    const cells = rows[r] ?? [];
    const district = cells.findIndex((c) => typeof c === "string" && districtHeaders.has(foldHeader(c)));
    const organization = cells.findIndex((c) => headerField(c ?? null) === "organization");
    if (district >= 0 && organization >= 0) header = { index: r, district, organization };
  }
  if (header === null) {
    return {
      members: [],
      problems: [
        problem("group-columns-missing", firstRow, null, null, {
          kk: "Парақта «Аудан» және «Мектепке дейінгі ұйым» бағандары табылмады. Тақырып жолына осы екі бағанды жазыңыз.",
          ru: "На листе не найдены столбцы «Район» и «Дошкольная организация». Добавьте эти два столбца в строку заголовков.",
          en: "The sheet has no “District” and “Organisation” columns. Put these two headers in the header row.",
        }),
      ],
    };
  }
  const districtLetter = columnLetter(firstColumn + header.district);
  const organizationLetter = columnLetter(firstColumn + header.organization);
  const members: GroupMember[] = [];
  const problems: Problem[] = [];
  for (let r = header.index + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const districtCell = cells[header.district];
    const organizationCell = cells[header.organization];
    if (isBlankCell(districtCell) && isBlankCell(organizationCell)) continue;
    const row = firstRow + r;
    const districtText = cellText(districtCell);
    const district = districtByName(districtText);
    if (district === null) {
      problems.push(
        problem("group-district-unknown", row, districtLetter, districtText, {
          kk: `«${districtText}» — белгісіз аудан. Облыстың 13 бірлігінің бірін жазыңыз (мысалы «Алға ауданы»).`,
          ru: `«${districtText}» — неизвестный район. Укажите одну из 13 единиц области (например, «Алгинский район»).`,
          en: `“${districtText}” is not a district. Write one of the region's 13 units (e.g. “Alga district”).`,
        }),
      );
    }
    const organization = cellText(organizationCell).trim();
    if (organization === "") {
      problems.push(
        problem("group-organization-missing", row, organizationLetter, null, {
          kk: "Ұйымның атауы жазылмаған.",
          ru: "Не указано название организации.",
          en: "The organisation's name is missing.",
        }),
      );
    }
    if (district !== null && organization !== "") members.push({ district, organization });
  }
  return { members, problems };
}
