import type { RegionPublicKey, KeyFingerprint, AcademicYear, IsoDate, Lang, Problem } from "@sapa/shared";
import { useCallback, useState } from "react";
import type { ApiClient, Receipt } from "../api/client.ts";
import type { DeliveryResult } from "../api/outbox.ts";
import { trustedKeyStore } from "../api/region-key.ts";
import type { Translate } from "../translate.ts";
import type { KeyValueStore, Settings } from "../settings.ts";
import type { ExcelPort } from "./excel-port.ts";
import type { SubmitStep } from "./SubmitTab.tsx";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";
import { useOutbox, type OutboxState } from "./use-outbox.ts";
import type { RosterCheck } from "./use-roster-check.ts";

/** Sealing, the key's trust and the receipts sheet: fetched with the first submission (issue 19, item 7). */
const cryptoSteps = () => import("./crypto-steps.ts");

export interface Submission {
  /** A district user with an access key: the only one who may send. */
  ready: boolean;
  step: SubmitStep | null;
  /** Errors that stopped the submission before anything was sent. */
  refused: Problem[] | null;
  receipt: Receipt | null;
  receiptRecorded: boolean;
  /** How many submissions the server refused with 409 (the year locked, the data accepted meanwhile). */
  conflicts: number;
  outbox: OutboxState;
  onSubmit: () => void;
  onRetry: () => void;
  /** The server's region key changed since this pane last sealed to it: the user must confirm the new one. */
  keyChange: KeyChange | null;
  /** Seals to the new key and sends (the user compared its fingerprint). */
  onAcceptNewKey: () => void;
  /** Sends nothing; the roster and the outbox stay as they are. */
  onCancelNewKey: () => void;
}

/** The old and new region keys' fingerprints, shown side by side before anything is sealed to the new one. */
export interface KeyChange {
  previous: KeyFingerprint;
  current: KeyFingerprint;
  /** The new key as shown: "It matches: send" accepts exactly this key, not whatever the server has later. */
  key: RegionPublicKey;
}

/**
 * The Submit tab's flow: read the sheet again, the shared pipeline (check → refuse on errors → rows without
 * the ИИН → names and ИИН keys sealed to the region's current key → body), the outbox, the server's receipt
 * recorded in the workbook. No region key on the server: the server's message says to ask the centre.
 */
export function useSubmission(options: {
  excel: ExcelPort;
  client: ApiClient;
  store: KeyValueStore;
  settings: Settings;
  /** The user has said who they are (first run answered). */
  chosen: boolean;
  asOf: IsoDate;
  year: AcademicYear;
  lang: Lang;
  t: Translate;
  version: string;
  roster: RosterCheck;
  runner: ActionRunner;
  notices: Notices;
}): Submission {
  const { excel, client, settings, asOf, year, lang, t, roster, runner, notices } = options;
  const district = settings.role === "district" ? settings.district : null;
  const ready = options.chosen && district !== null && settings.token.length > 0;
  const [step, setStep] = useState<SubmitStep | null>(null);
  const [refused, setRefused] = useState<Problem[] | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [receiptRecorded, setReceiptRecorded] = useState(false);
  const [keyChange, setKeyChange] = useState<KeyChange | null>(null);
  // Refusals of the region's side (409: the year locked, the data accepted meanwhile): the Submit tab reads
  // its status again at each, so Submit goes off with the reason at once.
  const [conflicts, setConflicts] = useState(0);

  const handleDelivery = useCallback(
    async (result: DeliveryResult, fromOutbox: boolean) => {
      if (result.kind === "in-flight") return;
      // Kept in the outbox to be sent again: that is what the user needs to know (the server's words beside).
      if (result.kind === "pending") {
        const said = result.error.fromServer ? ` ${t("serverSaid", { message: result.error.message })}` : "";
        notices.notify("submit", "warning", `${t("submissionKept")}${said}`);
        return;
      }
      if (result.kind !== "sent") {
        runner.report("submit", result.error);
        if (result.error.status === 409) setConflicts((n) => n + 1);
        if (result.kind === "rejected" && result.error.problems.length) setRefused(result.error.problems);
        return;
      }
      // The server took it: whatever this action (or a refused access key) said before no longer holds.
      notices.resolve("submit", { authenticated: true });
      const { receiptsSheet, rememberAcceptedKey } = await cryptoSteps();
      // A submission sealed to this key was accepted: from now on it is the key this district trusts here.
      if (result.entry.sealedTo !== undefined && district !== null)
        await rememberAcceptedKey(
          trustedKeyStore(options.store, settings.serverUrl, district),
          result.entry.sealedTo,
        );
      setReceipt(result.receipt);
      setReceiptRecorded(false);
      setRefused(null);
      if (fromOutbox)
        notices.notify("submit", "success", t("sentFromOutbox", { revision: result.receipt.revision }));
      else setStep({ label: t("stepRecording"), value: 0.9 });
      try {
        await excel.writeSheet(receiptsSheet([result.receipt], lang));
        setReceiptRecorded(true);
      } catch (error) {
        runner.report("summary", error);
      }
    },
    [excel, lang, notices, runner, t],
  );

  const outbox = useOutbox({
    store: options.store,
    serverUrl: settings.serverUrl,
    district,
    send: client.submit,
    enabled: ready,
    onDelivered: (result) => handleDelivery(result, true),
  });

  const onSubmit = (accepted: RegionPublicKey | null = null) =>
    void runner.run("submit", async () => {
      if (!ready || !district) return false;
      setKeyChange(null);
      setRefused(null);
      setReceipt(null);
      try {
        setStep({ label: t("stepReading"), value: 0.05 });
        // Read from the sheet chosen in the Check tab (its column and sheet choice kept), analysed at once.
        const read = await roster.readAgain(({ done, total }) =>
          setStep({
            label: t("readingRows", { done, total }),
            value: 0.05 + (0.25 * done) / Math.max(1, total),
          }),
        );
        setStep({ label: t("stepChecking"), value: 0.35 });
        await nextFrame();
        const checked = read.analysis;
        setStep({ label: t("stepPreparing"), value: 0.45 });
        const { RegionKeyChanged, chooseRegionKey, fingerprintOf, prepareSealedSubmission } =
          await cryptoSteps();
        let prepared;
        let sealedTo: RegionPublicKey | null = null;
        try {
          prepared = await prepareSealedSubmission(
            checked,
            { district, year, asOf, source: { app: "addin", sheet: read.sheet, version: options.version } },
            async () => {
              const trusted = trustedKeyStore(options.store, settings.serverUrl, district);
              sealedTo = (await chooseRegionKey(trusted, () => client.currentKey(), accepted)).key;
              return sealedTo;
            },
          );
        } catch (error) {
          if (!(error instanceof RegionKeyChanged)) throw error;
          // Nothing sealed, nothing queued: the dialog asks, and only a confirmation seals to the new key.
          setKeyChange({
            previous: await fingerprintOf(error.previous.publicKey),
            current: await fingerprintOf(error.current.publicKey),
            key: error.current,
          });
          return false;
        }
        if (prepared.kind === "refused") {
          setRefused(prepared.errors);
          return false;
        }
        if (prepared.kind !== "ready") {
          const detail =
            prepared.kind === "no-roster"
              ? t("noRoster")
              : prepared.issues.map((i) => `${i.row !== null ? `${i.row}: ` : ""}${i.message}`).join("; ");
          notices.notify(
            "submit",
            "error",
            prepared.kind === "no-roster" ? detail : t("notPrepared", { detail }),
          );
          return false;
        }
        if (sealedTo === null) throw new Error("a ready submission is sealed to a key");
        const entry = outbox.add(prepared.submission, sealedTo);
        if (!entry) return false;
        setStep({ label: t("stepSending"), value: 0.6 });
        await handleDelivery(await outbox.send(entry), false);
        return false; // handleDelivery has said how it went
      } finally {
        setStep(null);
      }
    });

  const onRetry = () =>
    void runner.run("submit", async () => {
      try {
        setStep({ label: t("stepSending"), value: 0.6 });
        for (const result of await outbox.retry()) await handleDelivery(result, true);
      } finally {
        setStep(null);
      }
      return false;
    });

  const onAcceptNewKey = () => {
    const accepted = keyChange?.key ?? null;
    setKeyChange(null);
    if (accepted !== null) onSubmit(accepted);
  };
  const onCancelNewKey = () => {
    setKeyChange(null);
    notices.notify("submit", "info", t("keyChangeCancelled"));
  };

  return {
    ready,
    step,
    refused,
    receipt,
    receiptRecorded,
    conflicts,
    outbox,
    onSubmit: () => onSubmit(),
    onRetry,
    keyChange,
    onAcceptNewKey,
    onCancelNewKey,
  };
}

/** Lets React paint the progress step before a long synchronous check. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
