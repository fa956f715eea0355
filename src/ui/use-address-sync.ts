import { useEffect, useState } from 'react';
import { pathOf } from '../address/address';
import { historyMove } from '../address/history-move';
import { WizardActor } from '../wizard-actor';

/**
 * Keeps the location bar and the running wizard in step: every move pushes the screen's address,
 * and the browser's Back and Forward replay the address they land on. Returns whether the address
 * last opened was only partly understood.
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

    const subscription = actor.subscribe((snapshot) => {
      if (replaying) return;
      const path = pathOf(snapshot);
      if (path === window.location.pathname) return;
      window.history.pushState(null, '', path);
      setUnrecognised(false);
    });

    const followLocation = () => {
      const move = historyMove(actor.getSnapshot(), window.location.pathname);
      if (!move) return;
      replaying = true;
      move.events.forEach((event) => actor.send(event));
      replaying = false;
      showCanonical();
      setUnrecognised(!move.recognised);
    };
    window.addEventListener('popstate', followLocation);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', followLocation);
    };
  }, [actor]);

  return unrecognised;
}
