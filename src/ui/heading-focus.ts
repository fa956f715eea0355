import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A request, set when the screen changes, that the next screen heading to appear takes focus. */
export interface HeadingFocus {
  request(): void;
  take(): boolean;
}

function createHeadingFocus(): HeadingFocus {
  let pending = false;
  return {
    request: () => {
      pending = true;
    },
    take: () => {
      const wasPending = pending;
      pending = false;
      return wasPending;
    },
  };
}

export const HeadingFocusContext = createContext<HeadingFocus>(createHeadingFocus());

/**
 * Asks for focus to move to the new screen's heading whenever the screen changes, but not on first
 * load, so a screen reader announces the new screen and keyboard users start from its top. The
 * heading may arrive later than the change (its code loads on demand), hence a request.
 */
export function useHeadingFocusOnChange(screenPath: string): HeadingFocus {
  const [focus] = useState(createHeadingFocus);
  const shownPath = useRef(screenPath);
  useLayoutEffect(() => {
    if (shownPath.current === screenPath) return;
    shownPath.current = screenPath;
    focus.request();
  }, [screenPath, focus]);
  return focus;
}

export function useTakeFocusWhenRequested(heading: RefObject<HTMLHeadingElement | null>) {
  const focus = useContext(HeadingFocusContext);
  useEffect(() => {
    if (focus.take()) heading.current?.focus();
  }, [focus, heading]);
}
