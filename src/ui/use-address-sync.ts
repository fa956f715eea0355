import { useEffect, useState } from 'react';
import { pathOf } from '../address/address';
import { historyMove } from '../address/history-move';
import { WizardActor } from '../wizard-actor';
import { afterNextPaint } from './after-next-paint';

/**
 * What ends the wait for a paint at once: the person doing something (a click too, as a screen
 * reader sends one alone, so a link within the page lands on the new address), or the page being hidden.
 */
const moments = ['pointerdown', 'keydown', 'click', 'visibilitychange'] as const;

/**
 * Keeps the location bar and the running wizard in step: every move pushes the screen's address,
 * and the browser's Back and Forward replay the address they land on. Returns whether the address
 * last opened was only partly understood.
 *
 * The address is pushed once the new screen is painted: the browser's history work then delays no
 * frame. Whatever the person does next (a key such as Alt+Left, a press or click of anything) pushes it
 * first, so it is in the history before anything can read it; a Back that still arrives before it
 * (no person is that fast) is taken from the address the location bar showed.
 */
export function useAddressSync(openedUnrecognised: boolean): boolean {
  const actor = WizardActor.useActorRef();
  const [unrecognised, setUnrecognised] = useState(openedUnrecognised);

  useEffect(() => {
    let replaying = false;
    const showCanonical = () => {
      const canonical = pathOf(actor.getSnapshot());
      if (canonical !== window.location.pathname) window.history.replaceState(null, '', canonical);
    };
    showCanonical();

    let pending: { path: string; cancel: () => void } | undefined;
    const dropPending = () => {
      pending?.cancel();
      pending = undefined;
    };
    const push = (path: string) => {
      dropPending();
      if (path !== window.location.pathname) window.history.pushState(null, '', path);
    };
    const pushPending = () => {
      if (pending) push(pending.path);
    };

    const subscription = actor.subscribe((snapshot) => {
      if (replaying) return;
      const path = pathOf(snapshot);
      dropPending();
      if (path === window.location.pathname) return;
      pending = { path, cancel: afterNextPaint(() => push(path)) };
      setUnrecognised(false);
    });

    const followLocation = () => {
      dropPending();
      const move = historyMove(actor.getSnapshot(), window.location.pathname);
      if (!move) return;
      replaying = true;
      move.events.forEach((event) => actor.send(event));
      replaying = false;
      showCanonical();
      setUnrecognised(!move.recognised);
    };
    window.addEventListener('popstate', followLocation);
    for (const moment of moments) window.addEventListener(moment, pushPending, true);
    return () => {
      pushPending();
      subscription.unsubscribe();
      window.removeEventListener('popstate', followLocation);
      for (const moment of moments) window.removeEventListener(moment, pushPending, true);
    };
  }, [actor]);

  return unrecognised;
}
