import type { ReactNode } from 'react';
import { skipLink } from '../content/site';

/** The skip link and the dark bar with the product's name, linking home. */
export function SiteHeader({ home }: { home: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        {skipLink}
      </a>
      <header className="site-header">
        <div className="container">{home}</div>
      </header>
    </>
  );
}
