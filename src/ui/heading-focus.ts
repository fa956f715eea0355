import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react';

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
  const [shownPath, setShownPath] = useState(screenPath);
  // Noted while rendering, so the new heading finds the request when it mounts in the same commit.
  if (shownPath !== screenPath) {
    setShownPath(screenPath);
    focus.request();
  }
  return focus;
}

/**
 * Takes focus in the same commit that shows the heading, before anything else can run. The new screen
 * starts at its top, as a new page would: focus alone scrolls only as far as the heading, which left
 * the page scrolled by however much of the heading was still in view.
 */
export function useTakeFocusWhenRequested(heading: RefObject<HTMLHeadingElement | null>) {
  const focus = useContext(HeadingFocusContext);
  useLayoutEffect(() => {
    if (!focus.take()) return;
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [focus, heading]);
}
