import { useRef, type ReactNode } from 'react';
import { useDocumentTitle } from './document-title';
import { useTakeFocusWhenRequested } from './heading-focus';

/**
 * The screen's one <h1>, which also names the page in its title. It takes focus when it arrives
 * after a screen change (tabIndex -1 lets script focus it without adding a tab stop). A caption
 * such as "Step 2 of 4" is part of the heading, so it is read out when focus arrives.
 */
export function ScreenHeading({ children, caption }: { children: string; caption?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(children);
  useTakeFocusWhenRequested(heading);
  return (
    <h1 className="screen-heading" tabIndex={-1} ref={heading}>
      {caption && (
        <span className="caption">
          {caption}
          <span className="visually-hidden">: </span>
        </span>
      )}
      {children}
    </h1>
  );
}
