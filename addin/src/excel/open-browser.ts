/**
 * Opens an address (the users' guide) in the user's own browser through Office, where the host can: Excel on
 * Windows and Mac (OpenBrowserWindowApi 1.1). There a link followed inside the pane opens in a window of
 * Excel's own, without the browser's tabs, printing or bookmarks. Returns false where Office cannot (Excel on
 * the web, Excel 2016/2019, a page outside Office): the link then opens a browser tab as any link does.
 */
export function openInBrowser(url: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  if (!Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) return false;
  const open = Office.context.ui?.openBrowserWindow;
  if (typeof open !== "function") return false;
  try {
    open.call(Office.context.ui, url);
    return true;
  } catch {
    // A host that refuses (an address it will not open): the link's own way still works.
    return false;
  }
}
