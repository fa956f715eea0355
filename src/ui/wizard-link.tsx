import type { MouseEvent, ReactNode } from 'react';
import { pathOf } from '../address/address';
import type { WizardEvent } from '../flow/wizard-events';
import { snapshotAfter } from '../flow/wizard-machine';
import { useMove } from './use-move';
import { useWizardSnapshot } from './wizard-snapshot-context';

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

interface WizardLinkProps {
  /** Sent in order on a plain click; the link's address is where they lead. */
  events: readonly WizardEvent[];
  children: ReactNode;
  className?: string;
}

/**
 * A real link to the screen the events lead to: it works opened in a new tab, copied, or without
 * JavaScript, and a plain click moves the running wizard instead of loading a page.
 */
export function WizardLink({ events, children, className }: WizardLinkProps) {
  const move = useMove();
  const shown = useWizardSnapshot();
  // Worked out as the link renders, once a move: each event is a transition of the whole machine.
  const target = events.reduce(snapshotAfter, shown);
  const href = pathOf(target);
  return (
    <a
      href={href}
      className={className}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        move(events, target);
      }}
    >
      {children}
    </a>
  );
}
