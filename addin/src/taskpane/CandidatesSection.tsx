import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  STAGE_CATEGORY_KEYS,
  candidateCategoriesTable,
  candidateListTable,
  formatCell,
  label,
  pickColumns,
  textIn,
  type Cell,
  type Lang,
  type Row,
} from "@sapa/shared";
import { formatCount, type Translate } from "../translate.ts";
import { TableView } from "./FiguresTab.tsx";
import { NoticeSlot } from "./NoticeList.tsx";
import type { DistrictCandidates } from "./use-candidates.ts";
import { useSectionStyles } from "./section-styles.ts";

const useStyles = makeStyles({
  // four count columns share a narrow pane: each heading takes its own word's width and never breaks inside
  // it ("Үміткер/лер" at 350 px: issue 19, item 4); the category names wrap instead, and a pane narrower
  // still scrolls the table sideways.
  categories: {
    tableLayout: "auto",
    "& th": {
      verticalAlign: "bottom",
      overflowWrap: "normal",
      wordBreak: "normal",
      fontSize: tokens.fontSizeBase100,
    },
    "& td:first-child": { overflowWrap: "anywhere" },
  },
  scroll: { overflowX: "auto", maxWidth: "100%", minWidth: 0 },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: "16px", fontSize: tokens.fontSizeBase200 },
  panel: { marginLeft: "4px" },
});

/** Rows of the list grouped by organisation (the row label), in the list's order. */
function byOrganization(rows: readonly Row[], lang: Lang): { organization: string; rows: Row[] }[] {
  const groups: { organization: string; rows: Row[] }[] = [];
  for (const row of rows) {
    const organization = textIn(row.label, lang);
    const last = groups[groups.length - 1];
    if (last?.organization === organization) last.rows.push(row);
    else groups.push({ organization, rows: [row] });
  }
  return groups;
}

/**
 * The district's candidates for a category in the Figures tab: the rule's minimum, needed against
 * candidates per stage category, and the candidates by organisation with names (from this workbook only).
 */
export function CandidatesSection({
  t,
  lang,
  busy,
  candidates,
}: {
  t: Translate;
  lang: Lang;
  busy: boolean;
  candidates: DistrictCandidates;
}) {
  const styles = useStyles();
  const section = useSectionStyles();
  const { report, minimum } = candidates;
  if (!report || !minimum) return null;
  const show = (cell: Cell) => formatCell(cell, lang);
  const tone = (_row: Row, key: string, cell: Cell) =>
    key === "shortfall" && typeof cell.value === "number" && cell.value > 0 ? styles.bad : undefined;
  const list = pickColumns(candidateListTable(report), ["fullName", "for", "reason"]);
  const groups = byOrganization(list.rows, lang);
  const uncertain = STAGE_CATEGORY_KEYS.reduce((n, k) => n + report.total.categories[k].uncertain, 0);

  return (
    <section className={section.section} data-testid="candidates">
      <Subtitle2 as="h2">{label("candidates", lang)}</Subtitle2>
      <Caption1
        className={section.setting}
        data-testid="candidates-minimum"
        data-years={minimum.years}
        data-from-server={minimum.fromServer}
      >
        {t(minimum.fromServer ? "candidatesMinimum" : "candidatesMinimumDefault", { years: minimum.years })}
      </Caption1>
      <Caption1>{t("candidatesRule", { years: minimum.years, year: report.year })}</Caption1>
      {report.stage === null && <Caption1>{t("candidatesNoStage", { year: report.year })}</Caption1>}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={label("candidates", lang)}>
        <TableView
          table={candidateCategoriesTable(report)}
          lang={lang}
          show={show}
          tone={tone}
          className={styles.categories}
          testId="candidates-categories"
        />
      </div>
      {uncertain > 0 && (
        <Caption1 data-testid="candidates-uncertain">
          {t("candidatesUncertain", { count: formatCount(uncertain, lang) })}
        </Caption1>
      )}
      <Button onClick={candidates.onWrite} disabledFocusable={busy} data-testid="write-candidates-button">
        {t("writeCandidates")}
      </Button>
      <NoticeSlot sources={["candidates"]} />
      <Caption1>{t("candidatesNamesStay")}</Caption1>
      <Subtitle2 as="h3">{t("candidatesByOrganization")}</Subtitle2>
      {groups.length === 0 ? (
        <Text data-testid="candidates-none">{t("candidatesNone", { year: report.year })}</Text>
      ) : (
        <Accordion multiple collapsible data-testid="candidates-orgs">
          {groups.map((g) => (
            <AccordionItem key={g.organization} value={g.organization}>
              <AccordionHeader size="small" data-testid="candidates-org">
                {t("candidatesOrg", { organization: g.organization, count: g.rows.length })}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <ul className={styles.list}>
                  {g.rows.map((row) => (
                    <li key={row.key} data-testid="candidate">
                      {t("candidatesLine", {
                        name: show(row.cells[0]!),
                        sought: show(row.cells[1]!),
                        reason: show(row.cells[2]!),
                      })}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
