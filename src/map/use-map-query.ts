import { useSyncExternalStore } from 'react';

const queryParameter = 'q';
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const queryInAddress = () => new URLSearchParams(window.location.search).get(queryParameter) ?? '';

/**
 * The map's search, kept in the address (`/map/?q=builder+id`) so Back to the map, a reload or a
 * link someone sends shows the same screens. The page as written, without script, shows the whole
 * map; the address's search applies once the page has taken over.
 */
export function useMapQuery(): [string, (query: string) => void] {
  return [useSyncExternalStore(subscribe, queryInAddress, () => ''), search];
}

function search(query: string) {
  const address = new URL(window.location.href);
  if (query.trim() === '') address.searchParams.delete(queryParameter);
  else address.searchParams.set(queryParameter, query);
  window.history.replaceState(window.history.state, '', address);
  for (const listener of listeners) listener();
}
