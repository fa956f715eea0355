import { useEffect, useState } from 'react';
import { mapSearch } from '../content/sharing';
import { useIsClient } from '../ui/use-is-client';

/** How long typing must pause before the count is announced, so a screen reader reads one count, not one a key. */
const announceAfterMs = 400;

function statusFor(query: string, matchCount: number): string {
  if (query.trim() === '') return '';
  return matchCount === 0 ? mapSearch.noMatch(query.trim()) : mapSearch.count(matchCount, query.trim());
}

/** The search box over the map, and how many screens match, said politely once typing pauses. Script only. */
export function MapSearch({ query, onQuery, matchCount }: { query: string; onQuery: (query: string) => void; matchCount: number }) {
  const isClient = useIsClient();
  const [status, setStatus] = useState('');
  useEffect(() => {
    const handle = window.setTimeout(() => setStatus(statusFor(query, matchCount)), announceAfterMs);
    return () => window.clearTimeout(handle);
  }, [query, matchCount]);
  return (
    <div role="search" className="map-search needs-script">
      <label htmlFor="map-search-query" className="map-search__label">
        {mapSearch.label}
      </label>
      <p id="map-search-hint" className="hint">
        {mapSearch.hint}
      </p>
      <input
        id="map-search-query"
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="map-search-hint"
        disabled={!isClient}
        value={query}
        onChange={(event) => onQuery(event.currentTarget.value)}
      />
      <p role="status" className="map-search__status">
        {status}
      </p>
    </div>
  );
}
