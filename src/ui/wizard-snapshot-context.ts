import { createContext, use } from 'react';
import type { SnapshotFrom } from 'xstate';
import type { wizardMachine } from '../flow/wizard-machine';

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/**
 * The wizard's state shown (app.tsx reads it from the actor once), for the links that work out where
 * their events lead: one subscription for the page, not one for each link.
 */
export const WizardSnapshotContext = createContext<WizardSnapshot | undefined>(undefined);

export function useWizardSnapshot(): WizardSnapshot {
  const snapshot = use(WizardSnapshotContext);
  if (!snapshot) throw new Error('useWizardSnapshot outside the wizard');
  return snapshot;
}
