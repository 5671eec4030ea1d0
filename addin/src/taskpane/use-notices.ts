import { useCallback, useRef, useState } from "react";

/** The user action a notice belongs to: it clears when that action next succeeds. */
export type NoticeSource =
  | "sheets"
  | "check"
  | "goto"
  | "highlight"
  | "summary"
  | "report"
  | "submit"
  | "roster"
  | "settings"
  | "connection"
  | "region"
  | "review"
  | "year"
  | "key"
  | "candidates"
  | "groups"
  | "trend";

export interface Notice {
  id: number;
  source: NoticeSource;
  intent: "error" | "warning" | "success" | "info";
  body: string;
  /** The server refused the access key: any later request the server accepts clears it. */
  auth: boolean;
  /** Sheets the action wrote, each shown as a link that opens it, with a word on what it holds. */
  sheets?: readonly { sheet: string; about?: string }[];
}

export interface Notices {
  notices: Notice[];
  notify: (
    source: NoticeSource,
    intent: Notice["intent"],
    body: string,
    options?: { auth?: boolean; sheets?: Notice["sheets"] },
  ) => void;
  /** The action succeeded: its earlier notices go, and so does an access-key refusal once a request passed. */
  resolve: (source: NoticeSource, options?: { authenticated?: boolean }) => void;
  dismiss: (id: number) => void;
  clear: () => void;
  /** The user moved on (another tab): results already seen go, errors and warnings stay. */
  dropResults: () => void;
}

/** Notices, each owned by the action that raised it and shown beside its button (NoticeSlot). */
export function useNotices(): Notices {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const notify = useCallback<Notices["notify"]>((source, intent, body, options = {}) => {
    const notice: Notice = {
      id: nextId.current++,
      source,
      intent,
      body,
      auth: options.auth === true,
      ...(options.sheets ? { sheets: options.sheets } : {}),
    };
    setNotices((list) => withNotice(list, notice));
  }, []);
  const resolve = useCallback<Notices["resolve"]>((source, options = {}) => {
    setNotices((list) => resolvedNotices(list, source, options.authenticated === true));
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const clear = useCallback(() => setNotices([]), []);
  const dropResults = useCallback(() => setNotices((list) => withoutResults(list)), []);
  return { notices, notify, resolve, dismiss, clear, dropResults };
}

/**
 * The list with a new notice: it replaces its action's earlier word; other actions keep only their errors
 * and warnings (a success elsewhere is old news), at most three notices on screen.
 */
export function withNotice(list: readonly Notice[], notice: Notice): Notice[] {
  const others = list.filter(
    (n) => n.source !== notice.source && (n.intent === "error" || n.intent === "warning"),
  );
  return [...others.slice(-2), notice];
}

/** The list once `source` succeeded: its notices go; an access-key refusal goes once a request passed. */
export function resolvedNotices(
  list: readonly Notice[],
  source: NoticeSource,
  authenticated: boolean,
): Notice[] {
  return list.filter((n) => n.source !== source && !(authenticated && n.auth));
}

/** The list once the user moved to another tab: successes and progress go, errors and warnings stay. */
export function withoutResults(list: readonly Notice[]): Notice[] {
  const kept = list.filter((n) => n.intent === "error" || n.intent === "warning");
  return kept.length === list.length ? (list as Notice[]) : kept;
}
