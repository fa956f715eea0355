import { useSyncExternalStore } from 'react';

const queryParameter = 'q';
/** Present once the person has asked for every match, not only the first ones. */
const everyMatchParameter = 'shown';
const everyMatchValue = 'all';
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const searchInAddress = () => window.location.search;

export interface MapQuery {
  query: string;
  /** Whether every match shows, or only the first ones. */
  everyMatch: boolean;
  /** A new search, which shows its first matches. */
  search: (query: string) => void;
  showEveryMatch: () => void;
}

/**
 * The map's search, kept in the address (`/map/?q=builder+id`, `&shown=all` once every match is
 * asked for) so Back to the map, a reload or a link someone sends shows the same screens. The page as
 * written, without script, shows the whole map; the address's search applies once the page has taken over.
 */
export function useMapQuery(): MapQuery {
  const parameters = new URLSearchParams(useSyncExternalStore(subscribe, searchInAddress, () => ''));
  return {
    query: parameters.get(queryParameter) ?? '',
    everyMatch: parameters.get(everyMatchParameter) === everyMatchValue,
    search,
    showEveryMatch,
  };
}

function changeAddress(change: (parameters: URLSearchParams) => void) {
  const address = new URL(window.location.href);
  change(address.searchParams);
  window.history.replaceState(window.history.state, '', address);
  for (const listener of listeners) listener();
}

function search(query: string) {
  changeAddress((parameters) => {
    parameters.delete(everyMatchParameter);
    if (query.trim() === '') parameters.delete(queryParameter);
    else parameters.set(queryParameter, query);
  });
}

function showEveryMatch() {
  changeAddress((parameters) => parameters.set(everyMatchParameter, everyMatchValue));
}
