import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A section of a tab below a rule (a unit's organisations, the candidates, the groups): one look for all of
 * them in the narrow pane, and the emphasised line that states a section's setting (the minimum years).
 */
export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
    minWidth: 0,
  },
  setting: { fontWeight: tokens.fontWeightSemibold },
  // A section of a few columns in a full browser window: a name and its figures within one reading width.
  reading: { maxWidth: "880px" },
});
