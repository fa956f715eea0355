import { useSyncExternalStore } from 'react';
import { printedPage } from '../content/sharing';
import { longDate } from './long-date';
import { useIsClient } from './use-is-client';

const onPrint = (changed: () => void) => {
  window.addEventListener('beforeprint', changed);
  return () => window.removeEventListener('beforeprint', changed);
};

/** Today, read again as the page is printed, so a tab left open for days prints the day it is printed. */
const usePrintDate = () => useSyncExternalStore(onPrint, () => longDate(new Date()), () => '');

/**
 * On paper only: the screen's full address and the date, so a printed page leads back to its screen.
 * Drawn once the script runs, as only the browser knows the site's address.
 */
export function PrintedFrom({ path }: { path: string }) {
  const isClient = useIsClient();
  const date = usePrintDate();
  if (!isClient) return null;
  return <p className="print-only printed-from">{printedPage.printedFrom(new URL(path, window.location.origin).href, date)}</p>;
}
