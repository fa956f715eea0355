import { useEffect, useState } from 'react';
import { snapshotAfter } from '../flow/navigate';
import type { WizardEvent } from '../flow/wizard-events';
import { WizardActor } from '../ui/wizard-actor';
import { pathOf, resolvePath } from './address';
import { base } from './base';

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
      const canonical = pathOf(actor.getSnapshot(), base);
      if (canonical !== window.location.pathname) window.history.replaceState(null, '', canonical);
    };
    showCanonical();

    const subscription = actor.subscribe((snapshot) => {
      if (replaying) return;
      const path = pathOf(snapshot, base);
      if (path === window.location.pathname) return;
      window.history.pushState(null, '', path);
      setUnrecognised(false);
    });

    const followLocation = () => {
      // A link within the page (the skip link, the error summary's) changes only the fragment.
      if (pathOf(actor.getSnapshot(), base) === window.location.pathname) return;
      const resolved = resolvePath(window.location.pathname, base);
      const target = pathOf(resolved.snapshot, base);
      const back: WizardEvent = { type: 'nav.back' };
      // Going back one screen keeps later answers, so the question shows what was chosen before.
      const events: WizardEvent[] =
        pathOf(snapshotAfter(actor.getSnapshot(), back), base) === target
          ? [back]
          : [{ type: 'wizard.restart' }, ...resolved.events];
      replaying = true;
      events.forEach((event) => actor.send(event));
      replaying = false;
      showCanonical();
      setUnrecognised(!resolved.recognised);
    };
    window.addEventListener('popstate', followLocation);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', followLocation);
    };
  }, [actor]);

  return unrecognised;
}
