import { Caption1, Field, Select, Subtitle2, mergeClasses } from "@fluentui/react-components";
import {
  STAGE_CATEGORY_KEYS,
  candidateDistrictsTable,
  candidateOrganizationsTable,
  findDistrict,
  label,
  pickColumns,
  type CandidateCounts,
  type DistrictId,
  type Lang,
  type StageCategoryKey,
} from "@sapa/shared";
import { useState } from "react";
import type { Translate } from "../translate.ts";
import { RegionTable } from "./RegionTable.tsx";
import { useSectionStyles } from "./section-styles.ts";

/**
 * The region's candidates in the Region tab: for one stage category at a time (the pane is narrow), the
 * awards needed, the candidates and the shortfall per district, and per organisation of the open unit.
 */
export function RegionCandidates({
  t,
  lang,
  counts,
  selected,
}: {
  t: Translate;
  lang: Lang;
  /** The counts read with the region view's last refresh; nothing is shown before. */
  counts: CandidateCounts | null;
  selected: DistrictId | null;
}) {
  const section = useSectionStyles();
  const [category, setCategory] = useState<StageCategoryKey>("moderator");
  if (!counts) return null;
  // The teachers are in the season's table above: three columns fit the narrow pane without scrolling.
  const columns = [`${category}.needed`, `${category}.candidates`, `${category}.shortfall`];
  const unitName = selected ? (findDistrict(selected)?.name[lang] ?? selected) : null;
  const orgs = selected
    ? pickColumns(candidateOrganizationsTable(counts, { category, district: selected }), columns)
    : null;

  return (
    <section className={mergeClasses(section.section, section.reading)} data-testid="region-candidates">
      <Subtitle2 as="h2">{t("regionCandidates")}</Subtitle2>
      <Caption1
        className={section.setting}
        data-testid="region-candidates-minimum"
        data-years={counts.minYearsSinceAward}
      >
        {t("candidatesMinimum", { years: counts.minYearsSinceAward })}
      </Caption1>
      <Field label={t("regionCandidatesCategory")} size="small">
        <Select
          size="small"
          value={category}
          onChange={(_, data) => setCategory(data.value as StageCategoryKey)}
          data-testid="region-candidates-category"
        >
          {STAGE_CATEGORY_KEYS.map((k) => (
            <option key={k} value={k}>
              {label(`category.${k}`, lang)}
            </option>
          ))}
        </Select>
      </Field>
      {counts.total.teachers === 0 ? (
        <Caption1>{t("regionCandidatesEmpty", { year: counts.year })}</Caption1>
      ) : (
        <RegionTable
          table={pickColumns(candidateDistrictsTable(counts, { category }), columns)}
          lang={lang}
          testId="region-candidates-districts"
          fit
          label={t("regionCandidates")}
        />
      )}
      {orgs && orgs.rows.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("regionCandidatesUnit", { district: unitName ?? "" })}</Subtitle2>
          <RegionTable
            table={orgs}
            lang={lang}
            testId="region-candidates-orgs"
            fit
            label={t("regionCandidatesUnit", { district: unitName ?? "" })}
          />
        </>
      )}
    </section>
  );
}
