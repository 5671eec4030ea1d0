/**
 * The pane's cryptography and what it seals: the submission's pipeline (rows sealed to the region's key,
 * the key trusted on first use), the region's key ceremony and key fingerprints, and the receipts sheet
 * written after a submission. Loaded with the first action that needs it (issue 19, item 7): none of it is
 * part of the pane's start-up.
 */
export {
  RegionKeyChanged,
  chooseRegionKey,
  createIinSecret,
  createKeyFile,
  fingerprintOf,
  generateRegionKeyPair,
  prepareSealedSubmission,
  receiptsSheet,
  rememberAcceptedKey,
  unlockKeyFile,
} from "@sapa/shared";
