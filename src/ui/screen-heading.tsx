import { useRef, type ReactNode } from 'react';
import { useDocumentTitle } from './document-title';
import { useTakeFocusWhenRequested } from './heading-focus';

/**
 * The screen's one <h1>, which also names the page in its title. It takes focus when it arrives
 * after a screen change (tabIndex -1 lets script focus it without adding a tab stop).
 */
export function ScreenHeading({ children, caption }: { children: string; caption?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(children);
  useTakeFocusWhenRequested(heading);
  return (
    <>
      {caption && <p className="caption">{caption}</p>}
      <h1 className="screen-heading" tabIndex={-1} ref={heading}>
        {children}
      </h1>
    </>
  );
}
