import { useEffect, useState } from 'react';

/** False while rendering on the server or hydrating, true once the page's script runs. */
export function useIsClient(): boolean {
  const [isClient, setIsClient] = useState(false);
  useEffect(() => setIsClient(true), []);
  return isClient;
}
