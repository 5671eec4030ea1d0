import { ErrorCodes, FakeOfficeError, notLoaded } from "./errors.ts";
import type { FakeWorkbook, SyncRecord } from "./state.ts";

const encoder = new TextEncoder();
/** UTF-8 size of a value's JSON: what Office carries over the wire for it. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : encoder.encode(JSON.stringify(value)).length;
}

/** Rough size of one action's envelope in Office's request JSON (ids, action type, names). */
const ACTION_OVERHEAD = 40;

interface LoadOutcome {
  data: unknown;
  commit: () => void;
}

interface Action {
  bytes: number;
  run: () => LoadOutcome | void;
}

/** Excel.RequestContext: queues actions and loads, runs them in order at `sync()`, one round trip each. */
export class FakeRequestContext {
  readonly state: FakeWorkbook;
  private queue: Action[] = [];
  private pathBytes = 0;
  /** Set by objects.ts once the classes exist (avoids an import cycle). */
  workbook!: unknown;
  application!: unknown;
  readonly trackedObjects = { add() {}, remove() {} };

  constructor(state: FakeWorkbook) {
    this.state = state;
  }

  /** Creating a proxy (getRange("A1"), getItem(name)) costs request bytes but is no action of its own. */
  _path(arg: unknown): void {
    this.pathBytes += ACTION_OVERHEAD + jsonBytes(arg);
  }

  _enqueue(payload: unknown, run: () => LoadOutcome | void): void {
    this.queue.push({ bytes: ACTION_OVERHEAD + jsonBytes(payload), run });
  }

  /** Throws like Office.js does at call time when the host lacks the requirement set. */
  _requireApi(minor: number, api: string): void {
    if (this.state.excelApiMinor < minor) {
      throw new FakeOfficeError(
        ErrorCodes.apiNotFound,
        `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} needs ExcelApi 1.${minor})`,
      );
    }
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    await Promise.resolve();
    const queue = this.queue;
    const pathBytes = this.pathBytes;
    this.queue = [];
    this.pathBytes = 0;
    if (queue.length === 0) return passThroughValue;

    const record: SyncRecord = { actions: queue.length, requestBytes: pathBytes, responseBytes: 0 };
    for (const a of queue) record.requestBytes += a.bytes;
    this.state.syncs.push(record);
    if (record.requestBytes > this.state.payloadLimit) throw this.tooLarge(record);

    const commits: (() => void)[] = [];
    for (const action of queue) {
      try {
        const outcome = action.run();
        if (outcome) {
          record.responseBytes += jsonBytes(outcome.data);
          commits.push(outcome.commit);
        }
      } catch (error) {
        // Like Excel: actions before the failing one stay applied, the rest of the batch is dropped.
        const office = this.asThisBuild(toOfficeError(error));
        record.error = office.code;
        throw office;
      }
      if (record.responseBytes > this.state.payloadLimit) throw this.tooLarge(record);
    }
    for (const commit of commits) commit();
    return passThroughValue;
  }

  private tooLarge(record: SyncRecord): FakeOfficeError {
    // Excel on the web reports oversized reads with the same code as oversized writes.
    const error = this.asThisBuild(
      new FakeOfficeError(
        ErrorCodes.requestPayloadSizeLimitExceeded,
        'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
      ),
    );
    record.error = error.code;
    return error;
  }

  /** Older Excel builds report an oversized payload only as GeneralException. */
  private asThisBuild(error: FakeOfficeError): FakeOfficeError {
    if (
      error.code !== ErrorCodes.requestPayloadSizeLimitExceeded ||
      !this.state.quirks.oversizedAsGeneralException
    )
      return error;
    return new FakeOfficeError(ErrorCodes.generalException, "An internal error has occurred.");
  }
}

export function toOfficeError(error: unknown): FakeOfficeError {
  if (error instanceof FakeOfficeError) return error;
  const code = (error as { fakeCode?: string }).fakeCode ?? ErrorCodes.generalException;
  return new FakeOfficeError(code, error instanceof Error ? error.message : String(error));
}

interface Loadable {
  load(options?: string | string[]): unknown;
}

export interface PropertySpec<T> {
  read: (target: T) => unknown;
  write?: (target: T, value: unknown) => void;
  /** ExcelApi minor version that introduced the property. */
  api?: number;
}

/**
 * Base of every proxy: properties are readable only after `load` + `sync` (or after being set locally),
 * writes are queued and applied at sync, navigation properties are proxies themselves.
 */
export abstract class FakeClientObject<T> {
  readonly context: FakeRequestContext;
  private loaded = new Map<string, unknown>();
  private resolved: { target: T | null } | null = null;
  /** True for proxies from …OrNullObject methods: a missing target is a null object, not an error. */
  private nullable = false;

  constructor(context: FakeRequestContext) {
    this.context = context;
  }

  /** Locates the object in the workbook; called at sync time and memoised like Office's object paths. */
  protected abstract locate(): T | null;
  protected abstract get props(): Record<string, PropertySpec<T>>;
  protected get navs(): Record<string, () => Loadable> {
    return {};
  }
  protected get className(): string {
    return this.constructor.name.replace(/^Fake/, "");
  }

  _target(): T {
    if (!this.resolved) this.resolved = { target: this.locate() };
    const t = this.resolved.target;
    if (t === null)
      throw new FakeOfficeError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
    return t;
  }

  _targetOrNull(): T | null {
    if (!this.resolved) this.resolved = { target: this.locate() };
    return this.resolved.target;
  }

  /** For objects created by an action (worksheets.add): bind the result once the action ran. */
  protected _bind(target: T): void {
    this.resolved = { target };
  }

  protected _get<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write; the proxy shows the new value at once, as Office.js proxies do. */
  protected _set(name: string, value: unknown): void {
    const spec = this.props[name];
    if (!spec?.write)
      throw new FakeOfficeError(ErrorCodes.invalidArgument, `Property '${name}' is read-only.`);
    if (spec.api) this.context._requireApi(spec.api, `${this.className}.${name}`);
    this.loaded.set(name, value);
    const write = spec.write;
    this.context._enqueue({ set: name, value }, () => write(this._target(), value));
  }

  /** Queues a method call that changes the workbook. */
  protected _call(method: string, args: unknown[], run: (target: T) => void, api = 1): void {
    this.context._requireApi(api, `${this.className}.${method}`);
    this.context._enqueue({ call: method, args }, () => run(this._target()));
  }

  get isNullObject(): boolean {
    return this._get<boolean>("isNullObject");
  }

  load(options?: string | string[] | { select?: string }): this {
    const list =
      options === undefined
        ? Object.keys(this.props)
        : typeof options === "string"
          ? options.split(",")
          : Array.isArray(options)
            ? options
            : (options.select ?? "").split(",");
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const raw of list) {
      const path = raw.trim();
      if (!path) continue;
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      if (this.navs[head]) {
        const rest = slash < 0 ? "" : path.slice(slash + 1);
        nested.set(head, [...(nested.get(head) ?? []), ...(rest ? [rest] : [])]);
      } else if (this.props[head] && slash < 0) {
        own.push(head);
      } else if (!this._loadSpecial(head, slash < 0 ? "" : path.slice(slash + 1))) {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, `Cannot load '${path}' on ${this.className}.`);
      }
    }
    for (const [head, rest] of nested) {
      const nav = this.navs[head]!();
      nav.load(rest.length ? rest : undefined);
    }
    for (const name of own) {
      const api = this.props[name]!.api;
      if (api) this.context._requireApi(api, `${this.className}.${name}`);
    }
    this.context._enqueue({ load: own }, () => {
      const target = this.nullable ? this._targetOrNull() : this._target();
      const data: Record<string, unknown> = {};
      if (target !== null) for (const name of own) data[name] = this.props[name]!.read(target);
      return {
        data,
        commit: () => {
          this.loaded.set("isNullObject", target === null);
          for (const name of own) this.loaded.set(name, target === null ? null : data[name]);
        },
      };
    });
    return this;
  }

  /** Hook for collections ("items/name"). */
  protected _loadSpecial(_head: string, _rest: string): boolean {
    return false;
  }

  /** For a collection's load: reads props now, inside the running action. */
  _snapshot(props: string[]): { data: Record<string, unknown>; commit: () => void } {
    const target = this._target();
    const data: Record<string, unknown> = {};
    for (const name of props) data[name] = this.props[name]!.read(target);
    return {
      data,
      commit: () => {
        this.loaded.set("isNullObject", false);
        for (const name of props) this.loaded.set(name, data[name]);
      },
    };
  }

  _propNames(): string[] {
    return Object.keys(this.props);
  }

  /** Queues an existence check so `isNullObject` is known after the next sync (…OrNullObject methods). */
  _trackNull(): void {
    this.nullable = true;
    this.context._enqueue({ resolve: true }, () => {
      const isNull = this._targetOrNull() === null;
      return { data: { isNullObject: isNull }, commit: () => this.loaded.set("isNullObject", isNull) };
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
