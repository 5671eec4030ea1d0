import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef } from "react";
import type { Translate } from "../translate.ts";
import { KeyFingerprintView } from "./KeyFingerprintView.tsx";
import type { KeyChange } from "./use-submission.ts";
import { useReturnFocus } from "./use-return-focus.ts";

/**
 * The region's key changed since this pane last sealed to it: the old and the new fingerprints side by
 * side; only "It matches: send" seals to the new key. Escape, the close and "Do not send" send nothing.
 */
export function KeyChangeDialog({
  t,
  change,
  onAccept,
  onCancel,
}: {
  t: Translate;
  change: KeyChange | null;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const open = change !== null;
  // Back to Submit afterwards; and the dialog starts on the safe choice, so a reflexive Enter sends nothing
  // (issue 19, item 9). This effect runs after Fluent's own first-element focus (a child's effect).
  useReturnFocus(open, () => document.querySelector<HTMLElement>('[data-testid="submit-button"]'));
  // The surface may mount a frame after the dialog opens (Fluent's motion), and Fluent focuses the first
  // button once it is there: "Do not send" takes focus when it mounts and again on the next frame.
  const cancel = useRef<HTMLButtonElement | null>(null);
  const cancelMounted = useCallback((el: HTMLButtonElement | null) => {
    cancel.current = el;
    el?.focus();
    if (el) requestAnimationFrame(() => el.focus());
  }, []);
  useEffect(() => {
    if (!open) return;
    cancel.current?.focus();
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface data-testid="key-change-dialog" aria-describedby="key-change-body">
        <DialogBody>
          <DialogTitle>{t("keyChangeTitle")}</DialogTitle>
          <DialogContent id="key-change-body">
            <p>{t("keyChangeBody")}</p>
            {change && (
              <>
                <Subtitle2 as="h3">{t("keyChangeOld")}</Subtitle2>
                <KeyFingerprintView t={t} fingerprint={change.previous} testId="key-change-old" />
                <Subtitle2 as="h3">{t("keyChangeNew")}</Subtitle2>
                <KeyFingerprintView t={t} fingerprint={change.current} testId="key-change-new" />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onAccept} data-testid="key-change-confirm">
              {t("keyChangeConfirm")}
            </Button>
            <Button ref={cancelMounted} onClick={onCancel} data-testid="key-change-cancel">
              {t("keyChangeCancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
