import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the new screen's heading whenever the screen changes, but not on first load, so a
 * screen reader announces the new screen and keyboard users start from its top.
 */
export function useFocusHeadingOnChange(screenPath: string, container: RefObject<HTMLElement | null>) {
  const shownPath = useRef(screenPath);
  useEffect(() => {
    if (shownPath.current === screenPath) return;
    shownPath.current = screenPath;
    container.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screenPath, container]);
}
