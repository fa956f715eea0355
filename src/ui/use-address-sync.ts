import { useEffect, useState } from 'react';
import { pathOf } from '../address/address';
import { base } from '../address/base';
import { historyMove } from '../address/history-move';
import { WizardActor } from '../wizard-actor';

/** Runs `work` in a task after the next frame is painted (at once in a hidden page, which paints none); returns its cancel. */
function afterNextPaint(work: () => void): () => void {
  if (document.visibilityState === 'hidden') {
    work();
    return () => {};
  }
  let task: number | undefined;
  const frame = requestAnimationFrame(() => {
    task = window.setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(task);
  };
}

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

    // The address follows the screen once the screen is painted: the click's frame holds only the screen.
    let cancelPush = () => {};
    const pushLatest = () => {
      const path = pathOf(actor.getSnapshot(), base);
      if (path !== window.location.pathname) window.history.pushState(null, '', path);
    };
    const subscription = actor.subscribe((snapshot) => {
      if (replaying || pathOf(snapshot, base) === window.location.pathname) return;
      cancelPush();
      cancelPush = afterNextPaint(pushLatest);
      setUnrecognised(false);
    });

    const followLocation = () => {
      cancelPush();
      const move = historyMove(actor.getSnapshot(), window.location.pathname, base);
      if (!move) return;
      replaying = true;
      move.events.forEach((event) => actor.send(event));
      replaying = false;
      showCanonical();
      setUnrecognised(!move.recognised);
    };
    window.addEventListener('popstate', followLocation);
    return () => {
      cancelPush();
      subscription.unsubscribe();
      window.removeEventListener('popstate', followLocation);
    };
  }, [actor]);

  return unrecognised;
}
