import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/** False while rendering on the server and while hydrating, true once the page's script runs. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
