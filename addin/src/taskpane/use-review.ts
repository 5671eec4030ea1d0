import {
  findDistrict,
  type DistrictId,
  type DistrictReview,
  type Lang,
  type ReviewAction,
} from "@sapa/shared";
import { useCallback, useState } from "react";
import { ApiError, type ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";
import type { RegionView } from "./use-region-view.ts";

export interface Review {
  /** The district whose return dialog is open, or null. */
  returning: DistrictId | null;
  /** The comment being written; kept when a return fails, so nothing typed is lost. */
  draft: string;
  setDraft: (text: string) => void;
  openReturn: (district: DistrictId) => void;
  closeReturn: () => void;
  accept: (review: DistrictReview) => void;
  /** Returns the district-year with the region's comment (kk or ru free text). */
  returnWith: (review: DistrictReview, comment: string) => void;
  reopen: (review: DistrictReview) => void;
}

const DONE = { accept: "reviewAccepted", return: "reviewReturned", reopen: "reviewReopened" } as const;

/**
 * The region's review actions from the pane: each names the revision the region looked at (a newer one
 * makes the server refuse instead of accepting unseen data), and the table is read again afterwards, also
 * after a conflict, so what is on screen is what the server holds.
 */
export function useReview(options: {
  client: ApiClient;
  view: RegionView;
  lang: Lang;
  t: Translate;
  runner: ActionRunner;
  notices: Notices;
}): Review {
  const { client, view, lang, t, runner, notices } = options;
  const [returning, setReturning] = useState<DistrictId | null>(null);
  const [draft, setDraft] = useState("");

  const act = useCallback(
    (review: DistrictReview, action: ReviewAction, comment?: string) =>
      void runner.run("review", async () => {
        const name = findDistrict(review.district)?.name[lang] ?? review.district;
        try {
          const after = await client.review(review.district, action, {
            year: review.year,
            ...(review.revision !== null ? { revision: review.revision } : {}),
            ...(comment !== undefined ? { comment } : {}),
          });
          if (action === "return") setDraft("");
          notices.notify(
            "review",
            "success",
            t(DONE[action], { district: name, revision: after.revision ?? "" }),
          );
        } catch (error) {
          // The notice saying why sits under the modal dialog: close it (the draft stays).
          setReturning(null);
          // The state moved under us (or the year is locked): show it as it is now, then say why.
          if (error instanceof ApiError && error.status === 409) await view.load().catch(() => undefined);
          throw error;
        }
        setReturning(null);
        await view.load();
        return false;
      }),
    [client, lang, notices, runner, t, view],
  );

  return {
    returning,
    draft,
    setDraft,
    openReturn: setReturning,
    closeReturn: () => setReturning(null),
    accept: (review) => act(review, "accept"),
    returnWith: (review, comment) => act(review, "return", comment.trim()),
    reopen: (review) => act(review, "reopen"),
  };
}
