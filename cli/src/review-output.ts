import {
  REVIEW_STATUS_LABELS,
  fillTemplate,
  findDistrict,
  formatRegionTime,
  label,
  reviewListTable,
  reviewCompleteness,
  type DistrictReview,
  type Lang,
  type Localized,
  type ReviewList,
} from "@sapa/shared";
import { heading } from "./output.ts";
import { renderTable } from "./summary-output.ts";

const TEXT = {
  title: {
    kk: "Тексеру: {year} оқу жылы",
    ru: "Проверка: {year} учебный год",
    en: "Review: academic year {year}",
  },
  // By review status: "submitted" here is a unit still awaiting review (the report's "Отправили" counts every
  // unit that has submitted, accepted and returned ones too: completenessLine).
  counts: {
    kk: "қабылданды {accepted} · тексеруді күтеді {submitted} · қайтарылды {returned} · жібермеген {notSubmitted}",
    ru: "принято {accepted} · ждут проверки {submitted} · возвращено {returned} · не отправили {notSubmitted}",
    en: "accepted {accepted} · awaiting review {submitted} · returned {returned} · not submitted {notSubmitted}",
  },
  returnedNote: {
    kk: "Облыс деректерді қайтарды. Түзетіп, қайта жіберіңіз.",
    ru: "Область вернула данные. Исправьте их и отправьте снова.",
    en: "The region returned the data. Fix it and submit again.",
  },
  acceptedNote: {
    kk: "Деректер қабылданды және түпкілікті. Өзгерту үшін облыстан қайта ашуды сұраңыз.",
    ru: "Данные приняты и окончательны. Чтобы изменить их, попросите область переоткрыть их.",
    en: "The data is accepted and final. Ask the region to reopen it to change it.",
  },
} as const satisfies Record<string, Localized>;

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
  return [
    heading(fillTemplate(TEXT.title[lang], { year: list.year })),
    counts,
    "",
    renderTable(reviewListTable(list), lang),
  ].join("\n");
}

/** One district-year as its district reads it: the status first, the region's comment prominently. */
export function formatDistrictStatus(r: DistrictReview, lang: Lang): string {
  const lines = [
    heading(`${nameOf(r, lang)} · ${r.year}`),
    `${label("reviewStatus", lang)}: ${REVIEW_STATUS_LABELS[r.status][lang]}`,
  ];
  if (r.revision !== null)
    lines.push(
      `${label("revision", lang)}: ${r.revision} · ${label("submittedAt", lang)}: ${formatRegionTime(r.submittedAt ?? "")}`,
    );
  if (r.status === "returned") lines.push("", `! ${TEXT.returnedNote[lang]}`);
  if (r.status === "accepted") lines.push("", TEXT.acceptedNote[lang]);
  if (r.comment !== null) lines.push(`${label("comment", lang)}: «${r.comment}»`);
  return lines.join("\n");
}
