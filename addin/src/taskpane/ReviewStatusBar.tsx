import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DistrictReview } from "@sapa/shared";
import { formatRegionTime, type Translate } from "../translate.ts";

const useStyles = makeStyles({
  comment: {
    display: "block",
    marginTop: "6px",
    padding: "6px 8px",
    borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
});

/**
 * The district's review status on its Submit tab: a returned district sees the region's comment first of
 * all; accepted data is said to be final; a submitted revision waits for review. Nothing before a first
 * submission.
 */
export function ReviewStatusBar({ t, review }: { t: Translate; review: DistrictReview | null }) {
  const styles = useStyles();
  if (!review || review.status === "not-submitted") return null;
  const revision = review.reviewedRevision ?? review.revision ?? "";
  if (review.status === "returned") {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="review-status" data-status="returned">
        <MessageBarBody>
          <MessageBarTitle>{t("statusReturnedTitle", { revision })}</MessageBarTitle>
          <div>{t("statusReturnedBody")}</div>
          {review.comment && (
            <Text className={styles.comment} weight="semibold" data-testid="review-comment">
              {t("statusComment")}: {review.comment}
            </Text>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (review.status === "accepted") {
    return (
      <MessageBar intent="success" layout="multiline" data-testid="review-status" data-status="accepted">
        <MessageBarBody>
          <MessageBarTitle>{t("statusAcceptedTitle", { revision })}</MessageBarTitle>
          {t("statusAcceptedBody")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" layout="multiline" data-testid="review-status" data-status="submitted">
      <MessageBarBody>
        {t("statusSubmitted", {
          revision: review.revision ?? "",
          time: review.submittedAt ? formatRegionTime(review.submittedAt) : "",
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
