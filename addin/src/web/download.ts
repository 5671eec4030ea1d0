import { findDistrict, type DistrictId, type IsoDate, type Lang } from "@sapa/shared";

/** Words around a unit's name that a file name does without ("Алға ауданы" → "Алға", "г. Актобе" → "Актобе"). */
const NAME_WORDS = /^(г\.\s*)|\s+(ауданы|қаласы|район|district|city)$/giu;

/** The region's word in a file name. */
const REGION_WORD: Record<Lang, string> = { kk: "облыс", ru: "область", en: "region" };

/** Characters no file system takes in a name. */
const unsafe = (s: string) => s.replace(/[\\/:*?"<>|]+/g, "-").trim();

/**
 * The name of Sapa's workbook download: the district (or the region) and the report date,
 * e.g. `Sapa-Алға-2026-12-07.xlsx`.
 */
export function workbookFileName(who: DistrictId | "region", date: IsoDate, lang: Lang): string {
  const unit =
    who === "region" ? REGION_WORD[lang] : (findDistrict(who)?.name[lang] ?? who).replace(NAME_WORDS, "");
  return `Sapa-${unsafe(unit)}-${date}.xlsx`;
}

/** Offers bytes to the user as a downloaded file (the browser's own download, nothing sent anywhere). */
export function offerDownload(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
