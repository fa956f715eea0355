import { useEffect } from 'react';
import { productName } from '../content/site';

export function documentTitle(heading: string, hasError = false): string {
  const title = heading === productName ? productName : `${heading} – ${productName}`;
  return hasError ? `Error: ${title}` : title;
}

export function useDocumentTitle(heading: string, hasError = false) {
  useEffect(() => {
    document.title = documentTitle(heading, hasError);
  }, [heading, hasError]);
}
