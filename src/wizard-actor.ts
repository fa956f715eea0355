import { createActorContext } from '@xstate/react';
import { wizardMachine } from './flow/wizard-machine';

/** The one running wizard, shared by every screen; screens read it and send it events. */
export const WizardActor = createActorContext(wizardMachine);
