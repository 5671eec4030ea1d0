import {
  ATTESTATION_YEARS,
  CATEGORY_KEYS,
  EDUCATION_KEYS,
  STAGE_CATEGORY_KEYS,
  categoryName,
  educationName,
  type CategoryKey,
  type EducationKey,
  type Lang,
  type Summary,
} from "@sapa/shared";
import { label } from "./labels.ts";
import { formatPercent, formatPoints, formatTable, heading } from "./output.ts";

/** Category name, with "unknown" for values that could not be read. */
export function categoryLabel(key: CategoryKey | "unknown", lang: Lang): string {
  return key === "unknown" ? label("unknown", lang) : categoryName(key, lang);
}

/** Education name, with "unknown" for values that could not be read. */
export function educationLabel(key: EducationKey | "unknown", lang: Lang): string {
  return key === "unknown" ? label("unknown", lang) : educationName(key, lang);
}

const ALWAYS_SHOWN = new Set<string>(["none", "trainee", "pedagog", "moderator", "expert", "researcher", "master"]);

/** The figures of one Summary as terminal tables: overview, categories, education, stage, attestation. */
export function formatSummary(summary: Summary, lang: Lang): string {
  const parts: string[] = [];
  parts.push(heading(label("figures", lang)));
  parts.push(
    formatTable(
      [label("indicator", lang), label("value", lang)],
      [
        [label("teachers", lang), summary.teachers],
        [label("organizations", lang), summary.organizations],
        [label("qualitativeShare", lang), formatPercent(summary.qualitativeShare, lang)],
        [label("anyCategoryShare", lang), formatPercent(summary.anyCategoryShare, lang)],
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
      [label("category", lang), label("count", lang), label("share", lang), `${label("awardedInYear", lang)} ${summary.year}`],
      categoryKeys.map((k) => [
        categoryLabel(k, lang),
        summary.byCategory[k],
        formatPercent(summary.categoryShares[k], lang),
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
      [label("education", lang), label("count", lang), label("share", lang)],
      educationKeys.map((k) => [educationLabel(k, lang), summary.byEducation[k], formatPercent(summary.educationShares[k], lang)]),
      ["left", "right", "right"],
    ),
  );

  const stage = summary.stage;
  if (stage.categories && stage.total) {
    const rows = STAGE_CATEGORY_KEYS.map((k) => {
      const line = stage.categories![k];
      return [
        categoryLabel(k, lang),
        formatPercent(line.target, lang),
        line.awarded,
        formatPercent(line.actual, lang),
        formatPoints(line.gapPp, lang),
        line.teachersNeeded,
      ];
    });
    const total = stage.total;
    rows.push([
      `${label("total", lang)}${stage.band ? ` (${formatPercent(stage.band.min, lang, 0)}–${formatPercent(stage.band.max, lang, 0)})` : ""}`,
      formatPercent(total.target, lang),
      total.awarded,
      formatPercent(total.actual, lang),
      formatPoints(total.gapPp, lang),
      total.teachersNeeded,
    ]);
    parts.push(
      `${label("stage", lang)} ${stage.stage ?? ""} · ${stage.year}\n` +
        formatTable(
          [
            label("category", lang),
            label("target", lang),
            label("awarded", lang),
            label("actual", lang),
            label("gap", lang),
            label("teachersNeeded", lang),
          ],
          rows,
          ["left", "right", "right", "right", "right", "right"],
        ),
    );
  }

  parts.push(
    formatTable(
      [label("attestationDue", lang), label("count", lang)],
      ATTESTATION_YEARS.map((y) => [y, summary.attestationDueByYear[y] ?? 0]),
      ["left", "right"],
    ),
  );
  return `${parts.join("\n\n")}\n`;
}
