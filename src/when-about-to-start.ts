const intents = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * Calls `load` once, at the first sign that the person is about to use the page (a pointer over it,
 * a touch, focus or a key) or when the browser is first idle after the page has loaded, whichever
 * comes first.
 */
export function whenAboutToStart(load: () => void) {
  let loaded = false;
  const once = () => {
    if (loaded) return;
    loaded = true;
    for (const intent of intents) document.removeEventListener(intent, once, true);
    load();
  };
  for (const intent of intents) document.addEventListener(intent, once, { capture: true, passive: true });
  // Safari has no requestIdleCallback: a task after the load event is the nearest it offers.
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(once) : setTimeout(once));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
