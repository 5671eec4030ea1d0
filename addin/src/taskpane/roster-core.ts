/**
 * The shared roster core as the pane runs it: reading and checking a roster, its figures and the district's
 * candidates. Not part of the pane's start-up (issue 19, item 7): use-roster-core.ts fetches it once the
 * pane is on screen, and every read awaits it.
 */
export {
  analyseWorkbook,
  problemAddress,
  problemCellsBySheet,
  problemLayout,
  problemSheet,
} from "./analyse.ts";
export { candidatesFor } from "@sapa/shared";
