import { snapshotAfter } from '../../src/flow/navigate';
import type { WizardSnapshot } from '../../src/flow/screen';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { eventLabel } from '../../src/map/event-label';

const personMoves: readonly WizardEvent['type'][] = [
  'wizard.start',
  'answer.select',
  'identification.confirm',
  'step.next',
  'confirmation.signedOut',
  'confirmation.stillSignedIn',
];

/**
 * What a person does on a screen to move on, named as they see it: choose an answer (a radio with
 * script, a link without) and continue, or follow a link.
 */
export interface Move {
  kind: 'choose' | 'follow';
  name: string;
}

/** The move that causes this event on the screen `on` shows, named as the map names it. */
export function moveFor(event: WizardEvent, on: WizardSnapshot): Move {
  if (!personMoves.includes(event.type)) throw new Error(`A person cannot cause ${event.type} on a path`);
  const kind = event.type === 'answer.select' || event.type.startsWith('confirmation.') ? 'choose' : 'follow';
  return { kind, name: eventLabel(event, snapshotAfter(on, event)) };
}
