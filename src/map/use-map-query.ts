import { useEffect, useState } from 'react';

const queryParameter = 'q';

/**
 * The map's search, kept in the address (`/map/?q=builder+id`) so Back to the map, a reload or a
 * link someone sends shows the same screens. Read once the page has taken over: the page as
 * written, without script, shows the whole map.
 */
export function useMapQuery(): [string, (query: string) => void] {
  const [query, setQuery] = useState('');
  useEffect(() => {
    setQuery(new URLSearchParams(window.location.search).get(queryParameter) ?? '');
  }, []);
  const search = (next: string) => {
    setQuery(next);
    const address = new URL(window.location.href);
    if (next.trim() === '') address.searchParams.delete(queryParameter);
    else address.searchParams.set(queryParameter, next);
    window.history.replaceState(window.history.state, '', address);
  };
  return [query, search];
}
