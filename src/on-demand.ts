import { createElement, lazy, type ComponentType } from 'react';

/**
 * A component whose code is loaded on demand, and `load`, which fetches it ahead. Once loaded it renders
 * at once: React's `lazy` suspends on its first render even when the code is already there, and a
 * Suspense fallback, once shown, stays for at least 300 ms.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const loadAhead = () =>
    (loading ??= load().then((component) => {
      loaded = component;
    }));
  // Only where nothing was loaded ahead: the build's prerender, which waits for it.
  const Suspending = lazy(() => loadAhead().then(() => ({ default: loaded! })));
  const Component = (props: P) => createElement(loaded ?? Suspending, props);
  return { Component, load: loadAhead };
}
