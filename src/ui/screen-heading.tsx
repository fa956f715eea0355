import type { ReactNode } from 'react';

/** The screen's one <h1>; focusable from script so focus can move to it when the screen changes. */
export function ScreenHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  return (
    <>
      {caption && <p className="caption">{caption}</p>}
      <h1 className="screen-heading" tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
