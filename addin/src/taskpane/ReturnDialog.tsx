import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from "@fluentui/react-components";
import { useReturnFocus } from "./use-return-focus.ts";
import { MAX_REVIEW_COMMENT_LENGTH } from "@sapa/shared";
import { useState, type FormEvent } from "react";
import type { Translate } from "../translate.ts";

export interface ReturnDialogProps {
  t: Translate;
  /** The district's name in the pane's language; the dialog is open while not null. */
  districtName: string | null;
  comment: string;
  onCommentChange: (text: string) => void;
  busy: boolean;
  onReturn: () => void;
  onCancel: () => void;
}

/**
 * Return with a comment: a modal Fluent dialog (focus inside, Escape cancels, Tab reaches every control,
 * Ctrl+Enter in the comment returns). An empty comment is refused here, as the server would refuse it.
 */
export function ReturnDialog({
  t,
  districtName,
  comment,
  onCommentChange,
  busy,
  onReturn,
  onCancel,
}: ReturnDialogProps) {
  const [tried, setTried] = useState(false);
  // Back to "Return…", or once the unit is returned (the button gone) to its first review button or its row.
  useReturnFocus(districtName !== null, () =>
    document.querySelector<HTMLElement>(
      '[data-testid="region-unit"] button, [data-testid="region-table"] tr[aria-selected="true"]',
    ),
  );
  const empty = comment.trim().length === 0;
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setTried(true);
    if (!empty && !busy) onReturn();
  };
  return (
    <Dialog
      open={districtName !== null}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) {
          setTried(false);
          onCancel();
        }
      }}
    >
      <DialogSurface data-testid="return-dialog" aria-describedby="return-dialog-body">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t("reviewReturnTitle", { district: districtName ?? "" })}</DialogTitle>
            <DialogContent id="return-dialog-body">
              <p>{t("reviewReturnBody")}</p>
              <Field
                label={t("reviewCommentLabel")}
                required
                validationState={tried && empty ? "error" : "none"}
                validationMessage={tried && empty ? t("reviewCommentRequired") : undefined}
              >
                <Textarea
                  value={comment}
                  onChange={(_, data) => onCommentChange(data.value)}
                  maxLength={MAX_REVIEW_COMMENT_LENGTH}
                  rows={4}
                  resize="vertical"
                  data-testid="return-comment"
                  onKeyDown={(event) => {
                    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submit();
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy} data-testid="return-confirm">
                {t("reviewReturnConfirm")}
              </Button>
              <Button onClick={onCancel} data-testid="return-cancel">
                {t("reviewCancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
