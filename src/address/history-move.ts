import type { WizardSnapshot } from '../flow/screen';
import type { WizardEvent } from '../flow/wizard-events';
import { snapshotAfter } from '../flow/wizard-machine';
import { pathOf, resolvePath } from './address';

export interface HistoryMove {
  /** What to send the running wizard so it shows the screen at the new location. */
  events: WizardEvent[];
  /** False when part of the location was not understood and the nearest screen was chosen. */
  recognised: boolean;
}

/**
 * What the browser's Back or Forward landing on `pathname` asks of the wizard showing `current`:
 * nothing when only the fragment changed (a link within the page); the wizard's own Back when that
 * is where it leads, so the earlier question keeps what was chosen; otherwise a fresh replay.
 */
export function historyMove(current: WizardSnapshot, pathname: string): HistoryMove | undefined {
  if (pathOf(current) === pathname) return undefined;
  const resolved = resolvePath(pathname);
  const target = pathOf(resolved.snapshot);
  const back: WizardEvent = { type: 'nav.back' };
  const events = pathOf(snapshotAfter(current, back)) === target ? [back] : [{ type: 'wizard.restart' } as const, ...resolved.events];
  return { events, recognised: resolved.recognised };
}
