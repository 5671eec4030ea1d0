import {
  ATTESTATION_YEARS,
  CATEGORY_KEYS,
  EDUCATION_KEYS,
  STAGE_CATEGORY_KEYS,
  formatPp,
  isLegacyCategory,
  formatShare,
  label,
  type Lang,
  type Summary,
} from "@sapa/shared";
import { t } from "./messages.ts";
import { formatTable, heading } from "./output.ts";

// The current categories always show; a legacy one only when the roster has it.
const ALWAYS_SHOWN = new Set<string>(CATEGORY_KEYS.filter((k) => !isLegacyCategory(k)));

/** The stage comparison (target against actual per category and for the band) as a terminal table. */
export function formatStage(summary: Summary, lang: Lang): string {
  const stage = summary.stage;
  if (!stage.categories || !stage.total)
    return `${label("stage", lang)} · ${stage.year}: ${label("noStage", lang)}`;
  const rows: (string | number)[][] = STAGE_CATEGORY_KEYS.map((k) => {
    const line = stage.categories![k];
    return [
      label(`category.${k}`, lang),
      formatShare(line.target, lang),
      line.awarded,
      formatShare(line.actual, lang),
      formatPp(line.gapPp, lang),
      line.teachersNeeded,
    ];
  });
  const total = stage.total;
  const band = stage.band
    ? ` (${formatShare(stage.band.min, lang, 0)}–${formatShare(stage.band.max, lang, 0)})`
    : "";
  rows.push([
    `${label("total", lang)}${band}`,
    formatShare(total.target, lang),
    total.awarded,
    formatShare(total.actual, lang),
    formatPp(total.gapPp, lang),
    total.teachersNeeded,
  ]);
  const title = `${stage.stage ? label(`stage.${stage.stage}`, lang) : label("stage", lang)} · ${stage.year}`;
  return `${title}\n${formatTable(
    [
      label("field.category", lang),
      label("target", lang),
      label("awarded", lang),
      label("actual", lang),
      label("gapPp", lang),
      label("teachersNeeded", lang),
    ],
    rows,
    ["left", "right", "right", "right", "right", "right"],
  )}`;
}

/** The figures of one Summary as terminal tables: overview, categories, education, stage, attestation. */
export function formatSummary(summary: Summary, lang: Lang): string {
  const parts: string[] = [];
  parts.push(heading(t("figures", lang)));
  parts.push(
    formatTable(
      [t("indicator", lang), t("value", lang)],
      [
        [label("teachers", lang), summary.teachers],
        [label("organizations", lang), summary.organizations],
        [label("qualitativeShare", lang), formatShare(summary.qualitativeShare, lang)],
        [label("anyCategoryShare", lang), formatShare(summary.anyCategoryShare, lang)],
        [label("attestationOverdue", lang), summary.attestationOverdue],
      ],
      ["left", "right"],
    ),
  );

  const categoryKeys = [...CATEGORY_KEYS, "unknown" as const].filter(
    (k) => ALWAYS_SHOWN.has(k) || summary.byCategory[k] > 0 || summary.awardedInYear[k] > 0,
  );
  parts.push(
    formatTable(
      [
        label("field.category", lang),
        label("count", lang),
        label("share", lang),
        `${label("awardedInYear", lang)} ${summary.year}`,
      ],
      categoryKeys.map((k) => [
        label(`category.${k}`, lang),
        summary.byCategory[k],
        formatShare(summary.categoryShares[k], lang),
        summary.awardedInYear[k],
      ]),
      ["left", "right", "right", "right"],
    ),
  );

  const educationKeys = [...EDUCATION_KEYS, "unknown" as const].filter(
    (k) => k !== "unknown" || summary.byEducation.unknown > 0,
  );
  parts.push(
    formatTable(
      [label("field.education", lang), label("count", lang), label("share", lang)],
      educationKeys.map((k) => [
        label(`education.${k}`, lang),
        summary.byEducation[k],
        formatShare(summary.educationShares[k], lang),
      ]),
      ["left", "right", "right"],
    ),
  );

  parts.push(formatStage(summary, lang));

  parts.push(
    formatTable(
      [label("attestationDueByYear", lang), label("count", lang)],
      ATTESTATION_YEARS.map((y) => [y, summary.attestationDueByYear[y] ?? 0]),
      ["left", "right"],
    ),
  );
  return `${parts.join("\n\n")}\n`;
}
