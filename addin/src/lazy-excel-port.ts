import type { ExcelPort } from "./taskpane/excel-port.ts";

/** The port's members the pane calls before any sheet is read or written: given at once, not loaded. */
export type EagerExcelPort = Pick<
  ExcelPort,
  "detectRequirementSets" | "officeErrorMessage" | "openInBrowser"
>;

/**
 * The Excel adapter loaded when the pane first reads or writes a sheet (issue 19, item 7): until then only
 * `eager` is in memory. Each other member is an async call that loads the adapter once and forwards to it;
 * once it is loaded, members answer directly, so the adapter's few synchronous helpers (a sheet's name,
 * asked for while a write is under way) keep working.
 */
export function lazyExcelPort(load: () => Promise<ExcelPort>, eager: EagerExcelPort): ExcelPort {
  let loading: Promise<ExcelPort> | null = null;
  let adapter: ExcelPort | null = null;
  const ensure = () =>
    (loading ??= load().then(
      (loaded) => (adapter = loaded),
      (error: unknown) => {
        loading = null; // a failed chunk load (network) is tried again on the next click
        throw error;
      },
    ));
  return new Proxy(eager as ExcelPort, {
    get(target, key) {
      if (typeof key === "symbol" || key === "then") return undefined;
      if (key in target) return target[key as keyof ExcelPort];
      if (adapter) return adapter[key as keyof ExcelPort];
      return async (...args: unknown[]) => {
        const member = (await ensure())[key as keyof ExcelPort] as (...a: unknown[]) => unknown;
        return member(...args);
      };
    },
  });
}
