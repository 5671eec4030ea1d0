import { createElement, useEffect, useSyncExternalStore, type ComponentType, type ReactNode } from "react";

/** A component fetched when the pane is idle, with the placeholder it shows until then. */
export type Deferred<P> = ((props: P) => ReactNode) & {
  /** Fetches the component (once; a failed fetch is tried again by the next call). */
  preload: () => Promise<void>;
};

/**
 * A component that is not part of the pane's start-up (issue 19, item 7), for controls shown only after
 * a user action (a check's results, a progress bar). It is fetched once the pane is on screen; should it be
 * rendered before it arrives, `placeholder` stands in for it. Never a Suspense fallback: that would blank
 * the whole tab and drop the focus.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: (props: P) => ReactNode = () => null,
): Deferred<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        for (const listener of listeners) listener();
      },
      () => {
        loading = null;
      },
    ));
  function DeferredComponent(props: P) {
    const Component = useSyncExternalStore(
      subscribe,
      () => loaded,
      () => loaded,
    );
    useEffect(() => void preload(), []);
    return Component ? createElement(Component, props) : placeholder(props);
  }
  return Object.assign(DeferredComponent, { preload });
}
