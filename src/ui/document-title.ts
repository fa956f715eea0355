import { useEffect } from 'react';
import { documentTitle } from '../screens/heading';

export function useDocumentTitle(heading: string, hasError = false) {
  useEffect(() => {
    document.title = documentTitle(heading, hasError);
  }, [heading, hasError]);
}
