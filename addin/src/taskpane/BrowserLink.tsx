import { Link } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * A link to a page of Sapa's own (the users' guide, the web workbench) that opens in the user's browser.
 * Excel on Windows and Mac opens it through Office (`openInBrowser`, OpenBrowserWindowApi): a link followed
 * inside the pane would open in a window of Excel's own, without the browser's tabs, printing or bookmarks.
 * Where the host cannot (Excel on the web, the web app), the link opens a browser tab as any link does.
 */
export function BrowserLink({
  href,
  openInBrowser,
  testId,
  children,
}: {
  href: string;
  openInBrowser: (url: string) => boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener"
      onClick={(e) => {
        // The anchor's href property is the absolute address Office needs.
        if (openInBrowser(e.currentTarget.href)) e.preventDefault();
      }}
      data-testid={testId}
    >
      {children}
    </Link>
  );
}
