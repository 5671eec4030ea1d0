import {
  REVIEW_STATUS_LABELS,
  fillTemplate,
  findDistrict,
  reviewCompleteness,
  type DistrictReview,
  type Lang,
  type Localized,
  type ReviewList,
} from "@sapa/shared";
import { formatTable, heading } from "./output.ts";

const TEXT = {
  title: {
    kk: "Тексеру: {year} оқу жылы",
    ru: "Проверка: {year} учебный год",
    en: "Review: academic year {year}",
  },
  counts: {
    kk: "қабылданды {accepted} · жіберілген {submitted} · қайтарылды {returned} · жіберілмеген {notSubmitted}",
    ru: "принято {accepted} · отправлено {submitted} · возвращено {returned} · не отправлено {notSubmitted}",
    en: "accepted {accepted} · submitted {submitted} · returned {returned} · not submitted {notSubmitted}",
  },
  district: { kk: "Аудан / қала", ru: "Район / город", en: "District / city" },
  status: { kk: "Мәртебе", ru: "Статус", en: "Status" },
  revision: { kk: "Нұсқа", ru: "Версия", en: "Revision" },
  submittedAt: { kk: "Жіберілген (UTC)", ru: "Отправлено (UTC)", en: "Submitted (UTC)" },
  reviewedAt: { kk: "Тексерілген (UTC)", ru: "Проверено (UTC)", en: "Reviewed (UTC)" },
  comment: { kk: "Түсініктеме", ru: "Комментарий", en: "Comment" },
  returnedNote: {
    kk: "Облыс деректерді қайтарды. Түзетіп, қайта жіберіңіз.",
    ru: "Область вернула данные. Исправьте их и отправьте снова.",
    en: "The region returned the data. Fix it and submit again.",
  },
  acceptedNote: {
    kk: "Деректер қабылданды және түпкілікті. Өзгерту үшін облыстан қайта ашуды сұраңыз.",
    ru: "Данные приняты и окончательны. Чтобы изменить их, попросите область переоткрыть.",
    en: "The data is accepted and final. Ask the region to reopen it to change it.",
  },
} as const satisfies Record<string, Localized>;

/** An ISO timestamp to the minute, UTC ("2026-12-01 10:32"). */
const minute = (iso: string | null) => (iso === null ? null : iso.slice(0, 16).replace("T", " "));
const nameOf = (r: DistrictReview, lang: Lang) => findDistrict(r.district)?.name[lang] ?? r.district;

/** The region's table of the year: one row per district in region order, counts by status above. */
export function formatReviewList(list: ReviewList, lang: Lang): string {
  const c = reviewCompleteness(list.year, list.districts);
  const counts = fillTemplate(TEXT.counts[lang], {
    accepted: c.accepted.length,
    submitted: c.submitted.length,
    returned: c.returned.length,
    notSubmitted: c.notSubmitted.length,
  });
  const table = formatTable(
    [
      TEXT.district[lang],
      TEXT.status[lang],
      TEXT.revision[lang],
      TEXT.submittedAt[lang],
      TEXT.reviewedAt[lang],
      TEXT.comment[lang],
    ],
    list.districts.map((r) => [
      nameOf(r, lang),
      REVIEW_STATUS_LABELS[r.status][lang],
      r.revision,
      minute(r.submittedAt),
      minute(r.reviewedAt),
      r.comment,
    ]),
  );
  return [heading(fillTemplate(TEXT.title[lang], { year: list.year })), counts, "", table].join("\n");
}

/** One district-year as its district reads it: the status first, the region's comment prominently. */
export function formatDistrictStatus(r: DistrictReview, lang: Lang): string {
  const lines = [
    heading(`${nameOf(r, lang)} · ${r.year}`),
    `${TEXT.status[lang]}: ${REVIEW_STATUS_LABELS[r.status][lang]}`,
  ];
  if (r.revision !== null)
    lines.push(`${TEXT.revision[lang]}: ${r.revision} · ${TEXT.submittedAt[lang]}: ${minute(r.submittedAt)}`);
  if (r.status === "returned") lines.push("", `! ${TEXT.returnedNote[lang]}`);
  if (r.status === "accepted") lines.push("", TEXT.acceptedNote[lang]);
  if (r.comment !== null) lines.push(`${TEXT.comment[lang]}: «${r.comment}»`);
  return lines.join("\n");
}
