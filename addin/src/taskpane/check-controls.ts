/**
 * The Check tab's controls that appear only once a roster has been read: the counts, the text filter, the
 * choice of sheets, and the progress bar of a read. Fetched when the pane is idle (check-deferred.tsx).
 */
export { Badge, ProgressBar, SearchBox } from "@fluentui/react-components";
export { SheetsRead } from "./SheetsRead.tsx";
