import { useEffect, useState } from 'react';
import { pathOf, resolvePath } from '../address/address';
import { historyMove } from '../address/history-move';
import { placesWithStepsAt } from '../flow/steps-needed';
import { WizardActor } from '../wizard-actor';
import { whenStepsReady } from './steps-ready';

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

    const replay = (pathname: string) => {
      const move = historyMove(actor.getSnapshot(), pathname);
      if (!move || pathname !== window.location.pathname) return;
      replaying = true;
      move.events.forEach((event) => actor.send(event));
      replaying = false;
      showCanonical();
      setUnrecognised(!move.recognised);
    };
    // Where the steps of the screen landed on can't be loaded, the page is loaded at its address instead.
    const followLocation = () => {
      const { pathname } = window.location;
      whenStepsReady(() => placesWithStepsAt(resolvePath(pathname).snapshot), () => replay(pathname), () => window.location.reload());
    };
    window.addEventListener('popstate', followLocation);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', followLocation);
    };
  }, [actor]);

  return unrecognised;
}
